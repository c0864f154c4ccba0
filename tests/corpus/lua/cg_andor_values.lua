local a, b, c = 1, nil, false
local x = a and b or c
local y = (a or b) and (b or c)
local z = a and (b or "inner") or "outer"
local w = not a or not b
print(x, y, z, w)
local t = {a and 1, b and 2, c or 3, b or c}
print(t[1], t[2], t[3], t[4])
print(a and b, a or b, b and a, b or a, c or b, b or c)
