-- uncaught runtime error: len nil
local t
print("len")
print(#t)
print("not reached")
