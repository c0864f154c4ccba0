local out = {}
out[#out + 1] = bit.tobit(0/0)
out[#out + 1] = bit.tobit(1/0)
out[#out + 1] = bit.tobit(-1/0)
out[#out + 1] = bit.tohex(-0)
out[#out + 1] = bit.tobit(2^51)
out[#out + 1] = bit.tobit(-2^51)
return table.concat(out, ",")
