local mt = {}
local function V(v) return setmetatable({v = v}, mt) end
local function val(x) return type(x) == "table" and x.v or x end
mt.__add = function(a, b) return V(val(a) + val(b)) end
mt.__sub = function(a, b) return V(val(a) - val(b)) end
mt.__mul = function(a, b) return V(val(a) * val(b)) end
mt.__div = function(a, b) return V(val(a) / val(b)) end
mt.__mod = function(a, b) return V(val(a) % val(b)) end
mt.__pow = function(a, b) return V(val(a) ^ val(b)) end
mt.__unm = function(a) return V(-val(a)) end
local a, b = V(7), V(2)
print((a + b).v, (a - b).v, (a * b).v, (a / b).v, (a % b).v, (a ^ b).v, (-a).v)
print((a + 1).v, (10 - a).v, (2 * b).v, ("3" + a).v)
