local t = {1, 2, 3, 4, 5}
t[5] = nil
print(#t)
t[4] = nil
print(#t)
table.insert(t, "x")
print(#t, t[4])
local u = {}
for i = 1, 10 do u[i] = i end
for i = 10, 6, -1 do u[i] = nil end
print(#u)
