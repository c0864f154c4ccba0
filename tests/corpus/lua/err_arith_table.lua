-- uncaught runtime error: arith table
local t = {}
print("adding")
print(t + 1)
print("not reached")
