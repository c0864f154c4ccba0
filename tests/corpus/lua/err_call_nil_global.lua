-- uncaught runtime error: call nil global
local x = 1
print("before")
undefined_function(x)
print("after")
