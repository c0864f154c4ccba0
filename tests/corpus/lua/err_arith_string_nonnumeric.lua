-- uncaught runtime error: arith string nonnumeric
local s = "abc"
print(s .. "!")
print(s * 2)
print("not reached")
