local a = 100
local r1 = a - 1
local r2 = 1 - a
local r3 = a * 0.5
local r4 = 0.5 * a
local r5 = a / 3
print(r1, r2, r3, r4, r5)
local t = {}
t.x = a - 255
t[1] = 256 - a
print(t.x, t[1])
