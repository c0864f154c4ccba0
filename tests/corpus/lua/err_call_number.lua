-- uncaught runtime error: call number
local n = 5
print(n)
n()
print("not reached")
