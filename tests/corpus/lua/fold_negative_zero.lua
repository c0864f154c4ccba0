local a = -0
local b = 0 * -1
local c = -0.0
print(a, b, c)
print(a == 0, 1 / a, 1 / -0)
local t = {}
t[0] = "zero"
print(t[-0])
local z = 0
print(-z, 0 * -1 == 0)
