-- uncaught runtime error: newindex nil field
local t = {}
t.a = {}
t.a.b.c = 3
print("not reached")
