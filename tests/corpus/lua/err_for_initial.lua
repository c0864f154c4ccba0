-- uncaught runtime error: for initial
local start = "x"
print("loop")
for i = start, 10 do print(i) end
print("not reached")
