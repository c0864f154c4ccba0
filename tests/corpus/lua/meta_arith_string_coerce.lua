local mt = {__add = function(a, b) return "meta add" end}
local t = setmetatable({}, mt)
print("10" + 1, t + "10", "10" + t)
print("abc" .. 1, pcall(function() return "abc" + t end))
print(pcall(function() return "x" + 1 end))
