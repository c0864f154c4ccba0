local a, b = 1, 2
local x = not (a < b)
local y = not (a == b)
local z = not (a <= b) or not (b >= a)
print(x, y, z)
print(not (a < b) == false)
