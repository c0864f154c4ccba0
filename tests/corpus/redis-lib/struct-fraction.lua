local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("<bhi", 1.9, -1.9, 2.5))
out[#out + 1] = hex(struct.pack("<B", 300))
out[#out + 1] = hex(struct.pack("<b", -129))
out[#out + 1] = hex(struct.pack("<H", "513"))
out[#out + 1] = hex(struct.pack("<I", 2^32 + 5))
return table.concat(out, " ")
