local out = {}
for _, v in ipairs({0, 1, -1, 2^31, 2^32, 2^32 + 1, -2^31 - 1, 2^52, 2^53 + 2, 1e20, -1e20}) do
  out[#out + 1] = tostring(bit.tobit(v))
end
return table.concat(out, ",")
