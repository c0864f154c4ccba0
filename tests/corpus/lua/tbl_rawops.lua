local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() end})
t.x = 1
print(t.x, rawget(t, "x"))
rawset(t, "x", 2)
print(t.x, rawget(t, "x"))
print(rawequal(t, t), rawequal(t, {}), rawequal("a", "a"))
print(rawget({10}, 1))
