local a, b = 1, 1.0
print(a == b, a ~= b, "1" == 1, nil == false)
local t, u = {}, {}
print(t == u, t == t, t ~= u)
local s1, s2 = "ab", "a" .. "b"
print(s1 == s2)
if a == 1 then print("one") end
if s1 ~= "ab" then print("no") else print("yes") end
print(1 == 2, "x" == "x")
