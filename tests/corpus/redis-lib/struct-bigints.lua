local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("<i16", -1))
out[#out + 1] = hex(struct.pack(">I12", 2^60))
out[#out + 1] = tostring(struct.unpack("<i16", struct.pack("<i16", -5)))
out[#out + 1] = tostring(struct.unpack("<I12", string.rep("\255", 12)))
out[#out + 1] = tostring(struct.unpack("<i3", "\255\255\127"))
out[#out + 1] = tostring(struct.unpack("<i3", "\255\255\255"))
out[#out + 1] = tostring(struct.unpack(">I8", string.rep("\255", 8)))
out[#out + 1] = tostring(struct.unpack(">i8", "\128" .. string.rep("\0", 7)))
out[#out + 1] = hex(struct.pack("<i0b", 5, 6))
return table.concat(out, " ")
