local eqcount = 0
local mt = {__eq = function(a, b) eqcount = eqcount + 1 return a.id == b.id end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 1}, {__eq = function() return true end})
print(a == b, a ~= b, a == c, a == a, eqcount)
print(a == 1, a == "x")
local d = setmetatable({id = 1}, mt)
print(b == d, eqcount)
