local t = {3, "two", 1}
print("sorting")
table.sort(t)
print(t[1])
print("not reached")
