local parts = {"return ", "10 ", "* 4"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
print(type(load(function() return nil end)))
local g = load(function() return nil end)
print(g and select("#", g()))
