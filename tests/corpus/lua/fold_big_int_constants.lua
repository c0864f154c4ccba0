local a = 2147483647
local b = 2147483648
local c = -2147483648
local d = 4294967296
local e = 9007199254740991
print(a, b, c, d, e)
print(a + 1, b * 2, c - 1, d * d)
print(e + 1, e + 2)
print(0xffffffffff, 1e21, 1e22)
