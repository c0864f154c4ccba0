local mt = {__eq = function() return true end}
local t = setmetatable({}, mt)
local u = setmetatable({}, mt)
print(t == u, t == 1, t == "t", t == nil)
local f1 = function() end
print(f1 == f1, f1 == function() end)
print(1 == "1", "1" == 1)
