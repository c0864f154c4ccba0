-- uncaught runtime error: call result
local function get() return nil end
print("ok")
get()()
print("not reached")
