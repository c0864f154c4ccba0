local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(cmsgpack.pack(""))
out[#out + 1] = hex(cmsgpack.pack("abc"))
out[#out + 1] = hex(cmsgpack.pack(string.rep("x", 31))):sub(1, 4)
out[#out + 1] = hex(cmsgpack.pack(string.rep("x", 32))):sub(1, 6)
out[#out + 1] = hex(cmsgpack.pack(string.rep("x", 255))):sub(1, 6)
out[#out + 1] = hex(cmsgpack.pack(string.rep("x", 256))):sub(1, 8)
out[#out + 1] = hex(cmsgpack.pack(string.rep("x", 65536))):sub(1, 12)
out[#out + 1] = #cmsgpack.unpack(cmsgpack.pack(string.rep("y", 70000)))
out[#out + 1] = hex(cmsgpack.unpack(cmsgpack.pack("\0\1\255")))
return table.concat(out, " ")
