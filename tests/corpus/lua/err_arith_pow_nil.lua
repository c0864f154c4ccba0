-- uncaught runtime error: arith pow nil
local base = 2
local exp
print(base ^ 2)
print(base ^ exp)
