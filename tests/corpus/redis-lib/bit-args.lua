local out = {}
out[#out + 1] = bit.tohex(0x1234, 3.7)
out[#out + 1] = bit.tohex(0x1234, -3.2)
out[#out + 1] = bit.tohex(0x1234, 2^32 + 2)
out[#out + 1] = bit.lshift(1, 2^32 + 3)
out[#out + 1] = bit.rol(1, -1)
out[#out + 1] = bit.ror(1, -1)
out[#out + 1] = bit.arshift(-1, 100)
out[#out + 1] = bit.bor()  == nil and "nil" or "x"
return table.concat(out, ",")
