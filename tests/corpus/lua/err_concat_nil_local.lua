-- uncaught runtime error: concat nil local
local name
print("hello")
print("hello " .. name)
print("not reached")
