-- uncaught runtime error: arith div const table
local t = {v = {}}
print(1 / 2)
print(1 / t.v)
print("not reached")
