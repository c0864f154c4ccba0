local out = {}
local t = {}
local cur = t
for i = 1, 999 do cur[1] = {} cur = cur[1] end
out[#out + 1] = #cjson.encode(t)
cur[1] = {}
out[#out + 1] = tostring(select(2, pcall(cjson.encode, t)))
local self = {}
self.me = self
out[#out + 1] = tostring(select(2, pcall(cjson.encode, self)))
local s = string.rep("[", 1000) .. string.rep("]", 1000)
out[#out + 1] = type(cjson.decode(s))
s = string.rep("[", 1001) .. string.rep("]", 1001)
out[#out + 1] = tostring(select(2, pcall(cjson.decode, s)))
out[#out + 1] = tostring(select(2, pcall(cjson.decode, string.rep('{"a":', 1001))))
return table.concat(out, " | ")
