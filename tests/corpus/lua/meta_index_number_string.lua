local t = setmetatable({}, {__index = function(t, k) return type(k) end})
print(t[1], t.x, t[true], t[1.5])
local u = setmetatable({}, {__index = {[1] = "one", ["1"] = "strone"}})
print(u[1], u["1"], u[2])
