-- uncaught runtime error: error table tostring
local e = setmetatable({}, {__tostring = function() return "custom error object" end})
print("throw")
error(e)
print("not reached")
