-- uncaught runtime error: call table field number
local t = {f = 42}
print("x")
t.f()
print("not reached")
