-- uncaught runtime error: arith on call result
local function none() end
print("arith")
print(none() + 1)
print("not reached")
