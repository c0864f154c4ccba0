local t = {}
local k = "key"
t[k .. 1] = 1
t[#t + 1] = "a"
t[(function() return "fk" end)()] = 2
t[1 + 1] = "b"
t[k] = {[k] = k}
print(t.key1, t[1], t.fk, t[2], t.key.key)
local n = {[1 + 1] = "two", [2 * 2] = "four", ["a" .. "b"] = "ab"}
print(n[2], n[4], n.ab)
