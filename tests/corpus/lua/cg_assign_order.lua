local t = {}
local i = 1
i, t[i] = i + 1, "first"
print(i, t[1], t[2])
local a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
local u = {1, 2}
local j = 1
u[j], u[j + 1], j = u[j + 1], u[j], 5
print(u[1], u[2], j)
