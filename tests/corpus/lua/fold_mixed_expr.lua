local x = 3
local a = x + 1 + 2
local b = 1 + 2 + x
local c = x * (2 + 3)
local d = (x + 1) * 2 ^ 2
local e = 2 * 3 + x * 4 - 6 / 2
print(a, b, c, d, e)
local s = "n" .. 1 + 2 .. "m"
print(s)
print(x - 1 - 1, x - (1 - 1))
