-- uncaught runtime error: concat number table in func
local function fmt(x, y) return x .. ":" .. y end
print(fmt(1, 2))
print(fmt(1, {}))
print("not reached")
