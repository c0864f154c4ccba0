-- uncaught runtime error: call nil field
local t = {a = {}}
print("fields")
t.a.missing(1, 2)
print("not reached")
