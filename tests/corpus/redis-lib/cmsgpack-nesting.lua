local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local t = {}
local cur = t
for i = 1, 20 do cur[1] = {} cur = cur[1] end
local out = {}
out[#out + 1] = hex(cmsgpack.pack(t))
local self = {}
self[1] = self
out[#out + 1] = hex(cmsgpack.pack(self))
local depth, v = 0, cmsgpack.unpack(cmsgpack.pack(t))
while type(v) == "table" do depth = depth + 1 v = v[1] end
out[#out + 1] = depth
return table.concat(out, " ")
