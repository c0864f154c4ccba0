local f = function(a, b) return a + b end
print(f(1, 2))
print((function(...) return select("#", ...) end)(1, 2, 3))
local t = {function() return "first" end, k = function() return "k" end}
print(t[1](), t.k())
print(function() end == nil)
local compose = function(f, g) return function(x) return f(g(x)) end end
print(compose(function(x) return x * 2 end, function(x) return x + 1 end)(5))
