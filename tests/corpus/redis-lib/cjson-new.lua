local c2 = cjson.new()
c2.encode_number_precision(2)
local out = {}
out[#out + 1] = c2.encode(math.pi)
out[#out + 1] = cjson.encode(math.pi)
out[#out + 1] = tostring(c2.null == cjson.null)
out[#out + 1] = tostring(c2.decode("null") == cjson.null)
out[#out + 1] = tostring(c2 ~= cjson)
return table.concat(out, " ")
