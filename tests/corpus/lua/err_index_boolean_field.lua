-- uncaught runtime error: index boolean field
local t = {flag = true}
print(t.flag)
print(t.flag.sub)
print("not reached")
