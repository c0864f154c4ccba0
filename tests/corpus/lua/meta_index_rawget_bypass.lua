local calls = 0
local t = setmetatable({present = 1}, {__index = function(t, k) calls = calls + 1 return nil end})
print(t.present, t.absent, calls)
print(rawget(t, "absent"), calls)
t.absent = 2
print(t.absent, calls)
