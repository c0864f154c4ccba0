-- uncaught runtime error: table insert wrong
local t = {}
table.insert(t, 1)
print(#t)
table.insert(t, 1, 2, 3)
