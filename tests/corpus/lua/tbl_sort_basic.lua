local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana", "cherry"}
table.sort(s)
print(table.concat(s, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
