local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("c5", "hello world"))
out[#out + 1] = hex(struct.pack("c0", "abc"))
out[#out + 1] = hex(struct.pack("s", "abc"))
out[#out + 1] = hex(struct.pack("c", "xyz"))
out[#out + 1] = hex(struct.pack("ss", "a", ""))
local a, b, c, n = struct.unpack("c3sc2", "abcdef\0ghij")
out[#out + 1] = a .. "|" .. b .. "|" .. c .. "|" .. n
out[#out + 1] = hex(struct.pack("c2", 12345))
return table.concat(out, " ")
