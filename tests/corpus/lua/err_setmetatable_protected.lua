-- uncaught runtime error: setmetatable protected
local t = setmetatable({}, {__metatable = "no"})
print(getmetatable(t))
setmetatable(t, {})
print("not reached")
