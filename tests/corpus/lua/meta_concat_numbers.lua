local mt = {__concat = function(a, b) return "C" end}
local t = setmetatable({}, mt)
print(1 .. 2, 1.5 .. "x", t .. 1, 1 .. t)
local n = 10
print(n .. n, n .. "" .. n)
print("a" .. t .. "b" .. "c")
