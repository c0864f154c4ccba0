local t = setmetatable({}, {__newindex = function(t, k, v)
  rawset(t, k, type(v) == "number" and v * 10 or v)
end})
t.a = 1
t.b = "s"
t.a = 2
print(t.a, t.b)
