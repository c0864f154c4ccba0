local n = 0
for i = 0, 1, 0.1 do n = n + 1 end
print(n)
for i = 1, 0, -0.25 do io_ = i end
print(io_)
for i = -1, -3, -1 do print(i) end
for i = 2^52 - 2, 2^52 do print(i) end
for i = 1, 3, 2.5 do print(i) end
