local out = {}
for _, v in ipairs({0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 1.00001, -3.7, 7.2}) do
  out[#out + 1] = tostring(bit.tobit(v))
end
return table.concat(out, ",")
