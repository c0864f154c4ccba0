local function f() return 1, 2, 3 end
print((f()))
local t = {(f())}
print(#t)
local a, b = (f())
print(a, b)
local function g() return (f()) end
print(g())
print(select("#", (f())))
