local t = {10, 20}
local k, v = next(t)
print(k, v)
print(next(t, 1))
print(next(t, 2))
print(pcall(next, t, "nokey"))
print(rawequal(next, next), type(_VERSION), _VERSION)
