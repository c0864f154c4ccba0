local mt = {__lt = function() return true end}
local a = setmetatable({}, mt)
print(pcall(function() return a < {} end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return "a" < "b" end))
