local t = {}
t[1] = "one"
t.name = "n"
t["key with space"] = 5
local k = "dyn"
t[k] = 7
t[2.5] = "float"
print(t[1], t.name, t["key with space"], t.dyn, t[2.5])
local i = 1
print(t[i], t[i + 1])
t[t[1]] = "self-ish"
print(t.one)
