print(select("#", ...))
local a, b = ...
print(a, b)
local t = {...}
print(#t)
local function f(...) return ... end
print(f(...))
