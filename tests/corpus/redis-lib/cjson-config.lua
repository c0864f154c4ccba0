local out = {}
local function show(...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  out[#out + 1] = table.concat(t, ",")
end
show(cjson.encode_max_depth())
show(cjson.decode_max_depth())
show(cjson.encode_keep_buffer())
show(cjson.encode_keep_buffer("off"))
show(cjson.encode_invalid_numbers())
show(cjson.encode_invalid_numbers("null"))
show(cjson.encode({1/0, 0/0}))
show(cjson.encode_invalid_numbers(true))
show(cjson.encode({1/0, -1/0}))
show(pcall(cjson.encode_invalid_numbers, "maybe"))
show(pcall(cjson.encode_max_depth, 1, 2))
show(pcall(cjson.encode_max_depth, 0))
show(cjson.encode_max_depth(2))
show(pcall(cjson.encode, {{{}}}))
show(cjson.decode_max_depth(1))
show(pcall(cjson.decode, "[[1]]"))
show(cjson._NAME, cjson._VERSION, type(cjson.new), type(cjson.null))
-- Redis keeps one Lua state across EVALs: put the defaults back
cjson.encode_sparse_array(false, 2, 10) cjson.encode_max_depth(1000) cjson.decode_max_depth(1000) cjson.encode_invalid_numbers(false) cjson.decode_invalid_numbers(true) cjson.encode_number_precision(14) cjson.encode_keep_buffer(true)
return table.concat(out, " ; ")
