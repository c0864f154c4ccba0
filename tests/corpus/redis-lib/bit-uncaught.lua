local x = bit.band(1, 2)
return bit.bxor(x, "nope")
