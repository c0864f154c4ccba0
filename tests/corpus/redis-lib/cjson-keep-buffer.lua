local out = {}
local function show(...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = tostring(t[i]) end
  out[#out + 1] = table.concat(t, ",")
end
show(pcall(cjson.encode_keep_buffer, "maybe"))
show(pcall(cjson.encode_keep_buffer, 1))
show(pcall(cjson.encode_keep_buffer, {}))
show(cjson.encode_keep_buffer(false))
show(cjson.encode({a = {1, 2}}))
show(cjson.encode_keep_buffer("on"))
show(pcall(cjson.encode_sparse_array, "on", -1))
show(pcall(cjson.encode_sparse_array, 1, 2, 3, 4))
show(pcall(cjson.decode_invalid_numbers, "null"))
show(cjson.encode_sparse_array(nil, nil, nil))
show(pcall(cjson.encode_max_depth, "x"))
show(pcall(cjson.encode_max_depth, 2.9))
show(cjson.encode_max_depth(1000))
-- Redis keeps one Lua state across EVALs: put the defaults back
cjson.encode_sparse_array(false, 2, 10) cjson.encode_keep_buffer(true) cjson.decode_invalid_numbers(true)
return table.concat(out, " ; ")
