-- uncaught runtime error: bad argument method
local s = "abc"
print(s:sub(1))
print(s:rep({}))
print("not reached")
