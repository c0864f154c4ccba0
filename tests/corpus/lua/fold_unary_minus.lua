local x = -1
local y = - 1
local z = -(1)
local w = - - 2
local v = -(2 ^ 2)
print(x, y, z, w, v, -2 ^ 2)
local t = {-1, - 2, -x}
print(t[1], t[2], t[3])
print(-1e308 * 10, -0x10)
