local a = "same"
local b = "same"
local t = {same = "same", ["same"] = "same2"}
print(a == b, t.same, t["same"])
local c = 1
local d = 1.0
local e = 1
print(c, d, e)
print("x" .. "x", "x" .. "y")
