local out = {}
out[#out + 1] = bit.tobit("10")
out[#out + 1] = bit.band("0xff", "15")
out[#out + 1] = bit.tohex("255", "2")
out[#out + 1] = bit.bor(" 3 ", 4)
return table.concat(out, ",")
