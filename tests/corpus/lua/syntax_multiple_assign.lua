local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local t = {}
t.x, t.y, t[1] = 1, 2, 3, 4
print(t.x, t.y, t[1])
local function f() return 7, 8, 9 end
local x, y, z, w = 0, f()
print(x, y, z, w)
x, y = f(), 1
print(x, y)
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
