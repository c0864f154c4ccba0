local mt = {__tostring = function(self) return "Point(" .. self.x .. "," .. self.y .. ")" end}
local p = setmetatable({x = 1, y = 2}, mt)
print(p)
print(tostring(p))
print(string.format("%s", tostring(p)))
local q = setmetatable({}, {__tostring = function() return 42 end})
print(tostring(q))
local named = setmetatable({}, {__tostring = function() return "named" end})
print(named, type(named))
