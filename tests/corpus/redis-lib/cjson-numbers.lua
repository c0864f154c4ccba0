local out = {}
for _, v in ipairs({3.14159265358979, 1e-7, 123456.789, 1e15, 1e14, 99999999999999, 999999999999999, -1e-300, 5e-324, 1.7976931348623157e308}) do
  out[#out + 1] = cjson.encode(v)
end
out[#out + 1] = tostring(pcall(cjson.encode, 0/0))
out[#out + 1] = tostring(select(2, pcall(cjson.encode, {1/0})))
out[#out + 1] = tostring(select(2, pcall(cjson.encode, {x = -1/0})))
return table.concat(out, " ")
