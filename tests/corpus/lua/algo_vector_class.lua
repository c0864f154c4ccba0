local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__mul = function(a, s) return vec(a.x * s, a.y * s) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
function V:len() return math.sqrt(self.x ^ 2 + self.y ^ 2) end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a * 3), a + b == vec(4, 6), b:len())
