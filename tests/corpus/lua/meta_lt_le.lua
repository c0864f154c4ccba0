local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function V(v) return setmetatable({v = v}, mt) end
print(V(1) < V(2), V(2) < V(1), V(1) <= V(1), V(2) > V(1), V(1) >= V(2))
local mt2 = {__lt = function(a, b) return a.v < b.v end}
local x, y = setmetatable({v = 1}, mt2), setmetatable({v = 2}, mt2)
print(x < y, pcall(function() return x <= y end))
print(pcall(function() return V(1) < 1 end))
