-- uncaught runtime error: arith mod boolean
local flag = false
print(10 % 3)
print(10 % flag)
print("not reached")
