local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("!bi", 1, 2))
out[#out + 1] = hex(struct.pack("!4bhbib", 1, 2, 3, 4, 5))
out[#out + 1] = hex(struct.pack("!2bdbi", 1, 2, 3, 4))
out[#out + 1] = hex(struct.pack("!bxd", 1, 2))
out[#out + 1] = hex(struct.pack("!8bc3d", 1, "abc", 0))
out[#out + 1] = struct.size("!bi") .. "/" .. struct.size("!4bhbib") .. "/" .. struct.size("!bd") .. "/" .. struct.size("bd")
out[#out + 1] = hex(struct.pack("!b i3", 1, 2))
return table.concat(out, " ")
