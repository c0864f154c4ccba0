-- uncaught runtime error: compare tables
local a, b = {}, {}
print(a == b)
print(a < b)
print("not reached")
