local a = 5
local b = -a
local c = - -a
local s = "3"
print(b, c, -s, -(a + 1))
local t = setmetatable({}, {__unm = function() return "neg" end})
print(-t)
print(-0.0 == 0, - (2 ^ 3))
local z = 0
print(-z)
