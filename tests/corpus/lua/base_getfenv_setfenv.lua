local function f() return x end
x = "global x"
print(f())
setfenv(f, {x = "env x"})
print(f())
print(getfenv(1) == _G, getfenv(f).x)
local g = function() return print end
setfenv(g, {})
print(g())
