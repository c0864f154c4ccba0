-- uncaught runtime error: concat nil field
local p = {first = "a"}
print(p.first .. "!")
print(p.first .. p.last)
print("not reached")
