local out = {}
local s = struct.pack("Bc0", 5, "hello")
local str, n = struct.unpack("Bc0", s)
out[#out + 1] = str .. ":" .. n
local a, b = struct.unpack("c1c0", "3abcdef")
out[#out + 1] = tostring(a) .. ":" .. tostring(b)
out[#out + 1] = select("#", struct.unpack(">hc0", struct.pack(">hc0", 3, "xyz")))
return table.concat(out, ",")
