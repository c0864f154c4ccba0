local out = {}
for _, v in ipairs({0x12345678, 1, -1, 0xff, 0x80000000, 0}) do
  out[#out + 1] = bit.tohex(bit.bswap(v)) .. "=" .. bit.bswap(v)
end
return table.concat(out, ",")
