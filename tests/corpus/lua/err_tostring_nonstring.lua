-- uncaught runtime error: tostring nonstring
local t = setmetatable({}, {__tostring = function() return {} end})
print("tostring")
print(t)
print("not reached")
