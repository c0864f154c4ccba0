-- uncaught runtime error: sort invalid order
local t = {}
for i = 1, 20 do t[i] = 21 - i end
table.sort(t, function(a, b) return true end)
print(t[1])
