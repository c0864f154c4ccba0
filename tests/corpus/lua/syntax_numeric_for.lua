for i = 1, 3 do io_ = i print(i) end
for i = 3, 1, -1 do print(i) end
for i = 1, 2, 0.5 do print(i) end
for i = 1, -1 do print("never") end
for i = 0, -1.5, -0.5 do print(i) end
for i = 1, 1 do print("once", i) end
local n = 0
for i = 1e3, 1e3 + 3 do n = n + i end
print(n)
