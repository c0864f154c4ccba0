local a = 10
local b = a
local c, d = b, a
local function id(x) local y = x return y end
print(a, b, c, d, id(5))
local t = {}
local u = t
u.x = 3
print(t.x, rawequal(t, u))
