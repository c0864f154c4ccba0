local t = {}
setmetatable(t, {__tostring = function(x) return "wrap " .. tostring(x) end})
print("before")
print(tostring(t))
print("after")
