-- uncaught runtime error: index nil global
print("before")
local v = notdefined.field
print(v)
print("not reached")
