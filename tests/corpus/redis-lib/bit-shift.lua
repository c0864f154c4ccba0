local out = {}
for _, n in ipairs({0, 1, 4, 31, 32, 33, -1}) do
  out[#out + 1] = bit.lshift(1, n) .. "/" .. bit.rshift(-256, n) .. "/" .. bit.arshift(-256, n)
end
return table.concat(out, ",")
