local function f(x) return type(x), x end
print(f"str")
print(f[[long]])
print(f{1, 2}.__x)
local t = {}
function t.m(s) return s end
print(t.m"a", t.m[==[b]==])
print(#f{1, 2, 3})
local function g(x) return function(y) return x .. y end end
print(g"a""b")
