local f = function() return true end
local m1, m2 = {__eq = f}, {__eq = f}
local a, b = setmetatable({}, m1), setmetatable({}, m2)
print(a == b)
local c = setmetatable({}, {__eq = function() return true end})
print(a == c, c == a)
