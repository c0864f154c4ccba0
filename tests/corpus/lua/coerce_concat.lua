print(1 .. "", 1.25 .. "", -3 .. "x", 2^53 .. "")
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. true end))
print(pcall(function() return "a" .. {} end))
local n = 3
print("v" .. n + 1, n .. n .. n)
