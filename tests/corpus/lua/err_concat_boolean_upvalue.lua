-- uncaught runtime error: concat boolean upvalue
local flag = true
local function msg() return "flag: " .. flag end
print("msg")
print(msg())
