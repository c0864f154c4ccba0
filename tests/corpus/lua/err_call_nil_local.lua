-- uncaught runtime error: call nil local
local f
print("start")
local y = 2
f(y)
