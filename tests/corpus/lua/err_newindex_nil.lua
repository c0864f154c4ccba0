-- uncaught runtime error: newindex nil
local t
print("set")
t.x = 1
print("not reached")
