local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
print(obj, tostring(obj))
print(pcall(function() return "x" .. obj end))
local t = {}
t[1] = tostring(obj)
print(table.concat(t))
