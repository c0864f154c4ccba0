local t = {[1] = "a", [2.0] = "b", ["3"] = "c", [1.5] = "d"}
print(t[1], t[2], t[3], t["3"], t[1.5])
t[2 ^ 1] = "B"
print(t[2])
local k = 1 + 0.0
print(t[k])
t[-0] = "neg zero"
print(t[0])
