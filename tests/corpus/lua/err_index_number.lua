-- uncaught runtime error: index number
local n = 10
print(n)
print(n.x)
print("not reached")
