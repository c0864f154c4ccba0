-- uncaught runtime error: compare number string
local a, b = 1, "2"
print(a == b)
print(a < b)
print("not reached")
