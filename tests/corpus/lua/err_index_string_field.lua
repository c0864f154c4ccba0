-- uncaught runtime error: index string field
local s = "abc"
print(type(s.len))
print(s.x.y)
print("not reached")
