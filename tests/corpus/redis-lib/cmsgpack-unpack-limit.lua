local s = cmsgpack.pack(1, 2, 3, 4, 5)
local out = {}
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 2)}, ",")
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 2, 2)}, ",")
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 10, 3)}, ",")
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 0)}, ",")
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 0, 1)}, ",")
out[#out + 1] = table.concat({cmsgpack.unpack_limit(s, 5, 5)}, ",")
return table.concat(out, " | ")
