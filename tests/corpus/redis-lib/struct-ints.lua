local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("bBhHlLTiI", -1, 255, -2, 65535, -3, 7, 9, -4, 5))
out[#out + 1] = hex(struct.pack(">bBhHlLTiI", -1, 255, -2, 65535, -3, 7, 9, -4, 5))
out[#out + 1] = hex(struct.pack("<i2i3i8", 0x1234, 0x123456, 2^40 + 3))
out[#out + 1] = hex(struct.pack(">i2i3I5", -2, -3, 2^33))
return table.concat(out, " ")
