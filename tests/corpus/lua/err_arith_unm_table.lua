-- uncaught runtime error: arith unm table
local t = {}
print("negate")
print(-t)
print("not reached")
