local t = {}
for i = 1, 10 do t[i] = i end
local u = {unpack(t)}
local v = {0, unpack(t)}
local function gen(n) local r = {} for i = 1, n do r[i] = i end return unpack(r) end
local w = {gen(120)}
local x = {1, 2, gen(60)}
print(#u, #v, #w, w[120], #x, x[62])
