local i, s = 0, 0
while i < 10 do i = i + 1 s = s + i end
print(i, s)
while false do print("never") end
local t = {3, 2, 1}
while #t > 0 do print(table.remove(t)) end
local n = 1
while n < 1000 do n = n * 2 end
print(n)
