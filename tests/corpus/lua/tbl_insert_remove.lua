local t = {}
table.insert(t, "a")
table.insert(t, "c")
table.insert(t, 2, "b")
table.insert(t, 1, "z")
print(table.concat(t, ","))
print(table.remove(t), table.remove(t, 1), table.remove(t, 1))
print(#t, t[1])
print(table.remove({}))
local u = {1, 2, 3}
print(table.remove(u, 2), table.concat(u, "-"))
