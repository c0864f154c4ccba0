local out = {}
out[#out + 1] = bit.band(2^53, 2^53 - 1)
out[#out + 1] = bit.bor(4294967295, 0)
out[#out + 1] = bit.tobit(4294967296 * 3 + 7)
out[#out + 1] = bit.tobit(-4294967296 * 3 - 7)
out[#out + 1] = bit.arshift(0x80000000, 31)
out[#out + 1] = bit.rshift(0x80000000, 31)
return table.concat(out, ",")
