local t = {f = function() return "called" end}
print((t).f())
print((t.f)())
local s = ("a"):rep(3)
print(s)
print(("x"):byte())
print(({1, 2, 3})[3])
