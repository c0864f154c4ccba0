-- uncaught runtime error: compare nil number
local t = {}
print(t.n)
print(t.n <= 5)
print("not reached")
