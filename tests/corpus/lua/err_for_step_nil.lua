-- uncaught runtime error: for step nil
local step
for i = 1, 2 do print(i) end
for i = 1, 10, step do print(i) end
print("not reached")
