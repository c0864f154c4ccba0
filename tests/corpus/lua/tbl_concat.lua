local t = {1, 2, "three", 4.5}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print(table.concat({}, "x"), table.concat(t, "", 3, 2))
print(pcall(table.concat, {1, {}, 3}))
