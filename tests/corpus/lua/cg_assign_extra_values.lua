local function three() return 1, 2, 3 end
local a, b = three()
local c, d, e, f = three()
local g = three(), 10
local h, i = three(), three()
print(a, b, c, d, e, f, g, h, i)
local x, y, z = 1, three()
print(x, y, z)
x, y, z = three(), 9
print(x, y, z)
