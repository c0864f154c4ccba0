local t = true
local f = false
local x = 1 < 2
local y = 3 == 4
local z = not nil
print(t, f, x, y, z)
local function cmp(a, b) return a <= b end
print(cmp(1, 2), cmp(3, 2))
local w = (x and y) ~= nil
print(w)
