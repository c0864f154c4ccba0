local mt = {__lt = function(a, b) return a.v < b.v end}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 2}, mt)
print(a <= b, b <= a, a >= b)
local other = setmetatable({v = 0}, {__lt = function() return true end})
print(pcall(function() return a < other end))
