local a = 1 + 2
local b = 10 - 4 * 2
local c = 2 ^ 10
local d = 7 / 2
local e = 7 % 3
local f = -(-5)
print(a, b, c, d, e, f)
local g = (1 + 2) * (3 + 4) - 5 / (2 + 3)
print(g)
print(3 * "2", "10" + 1)
