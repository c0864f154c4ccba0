local a, b = 3, 5
local lt, le, gt, ge, eq, ne = a < b, a <= b, a > b, a >= b, a == b, a ~= b
print(lt, le, gt, ge, eq, ne)
local t = {a < b, b < a, a == 3}
print(t[1], t[2], t[3])
local function f() return a < b, a == b end
print(f())
g = a >= 3
print(g)
