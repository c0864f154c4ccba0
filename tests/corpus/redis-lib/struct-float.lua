local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(struct.pack("<f>f<d>d", 1.5, -2.25, 3.125, 1/3))
local a, b, c, d, n = struct.unpack("<f>f<d>d", struct.pack("<f>f<d>d", 0.1, 1e10, 0.1, -1e300))
out[#out + 1] = string.format("%.17g %.17g %.17g %.17g %d", a, b, c, d, n)
out[#out + 1] = tostring(struct.unpack("f", struct.pack("f", 1e40)))
return table.concat(out, " ")
