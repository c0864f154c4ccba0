local out = {}
out[#out + 1] = cjson.encode_number_precision()
out[#out + 1] = cjson.encode_number_precision(3)
out[#out + 1] = cjson.encode({math.pi, 12345, 0.0001234})
out[#out + 1] = tostring(select(2, pcall(cjson.encode_number_precision, 15)))
out[#out + 1] = tostring(select(2, pcall(cjson.encode_number_precision, 0)))
out[#out + 1] = cjson.encode_number_precision(14)
out[#out + 1] = cjson.encode(math.pi)
-- Redis keeps one Lua state across EVALs: put the defaults back
cjson.encode_sparse_array(false, 2, 10) cjson.encode_max_depth(1000) cjson.decode_max_depth(1000) cjson.encode_invalid_numbers(false) cjson.decode_invalid_numbers(true) cjson.encode_number_precision(14) cjson.encode_keep_buffer(true)
return table.concat(out, " ")
