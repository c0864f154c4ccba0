-- uncaught runtime error: stack overflow metamethod
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k] end
print("meta recursion")
print(t.x)
