local s = 0
for i = 1, 10 do s = s + i end
print(s)
for i = 10, 1, -3 do io_ = i; print(i) end
for i = 1, 0 do print("never") end
for i = 0.5, 2, 0.5 do print(i) end
local n = 0
for i = -5, 5, 5 do n = n + 1 end
print(n)
