local out = {}
for _, n in ipairs({0, 1, 4, 8, 16, 31, 32, 36}) do
  out[#out + 1] = bit.rol(0x12345678, n) .. "/" .. bit.ror(0x12345678, n)
end
return table.concat(out, ",")
