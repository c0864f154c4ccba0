-- uncaught runtime error: call through index meta
local t = setmetatable({}, {__index = function() return 5 end})
print(t.anything)
t.anything()
print("not reached")
