-- uncaught runtime error: index nil local
local t = nil
print(type(t))
print(t.x)
print("not reached")
