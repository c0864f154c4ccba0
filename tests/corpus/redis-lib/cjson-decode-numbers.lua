local out = {}
for _, s in ipairs({"0", "-0", "1e3", "1E-2", "0x1F", "+5", "007", "Infinity", "-inf", "1.5e400", "123456789012345678901", ".5", "5."}) do
  local ok, v = pcall(cjson.decode, s)
  out[#out + 1] = s .. "=" .. tostring(ok) .. ":" .. tostring(v)
end
local ok, v = pcall(cjson.decode, "nan")
out[#out + 1] = tostring(ok) .. ":" .. tostring(v ~= v)
out[#out + 1] = tostring(cjson.decode_invalid_numbers(false))
for _, s in ipairs({"0x1F", "+5", "007", "-inf", "1"}) do
  local ok2, v2 = pcall(cjson.decode, s)
  out[#out + 1] = s .. "=" .. tostring(ok2) .. ":" .. tostring(v2)
end
-- Redis keeps one Lua state across EVALs: put the defaults back
cjson.encode_sparse_array(false, 2, 10) cjson.encode_max_depth(1000) cjson.decode_max_depth(1000) cjson.encode_invalid_numbers(false) cjson.decode_invalid_numbers(true) cjson.encode_number_precision(14) cjson.encode_keep_buffer(true)
return table.concat(out, " ")
