-- uncaught runtime error: arith boolean field
local t = {on = true}
print(t.on)
print(t.on - 1)
print("not reached")
