local x = 10
local x = x + 1
print(x)
local t = {v = 1}
local t = {v = t.v + 1, old = t}
print(t.v, t.old.v)
local function f() return "f1" end
local f = function() return f() .. "+" end
print(f())
