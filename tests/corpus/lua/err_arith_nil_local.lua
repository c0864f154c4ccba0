-- uncaught runtime error: arith nil local
local a, b = 1
print(a)
print(a * b)
print("not reached")
