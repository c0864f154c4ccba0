local out = {}
for _, v in ipairs({1, -1.5, "str", true, false, 0, 1e100, 123456789012345678, 0.1, -0.0, 1/3, 2^53}) do
  out[#out + 1] = cjson.encode(v)
end
out[#out + 1] = cjson.encode(nil)
out[#out + 1] = cjson.encode(cjson.null)
return table.concat(out, " ")
