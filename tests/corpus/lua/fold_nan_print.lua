local n = 0 / 0
print(n ~= n, n == n)
local t = {}
print(pcall(function() t[0 / 0] = 1 end))
print(tostring(n) == tostring(0 / 0))
local m = 0 % 0
print(m ~= m)
