print(1 < 2, 2 < 1, 1 <= 1, 1 == 1, 1 ~= 1)
print("a" < "b", "a" == "a", "a" ~= "b")
if 1 == 1 then print("const eq") end
if 1 < 2 then print("const lt") end
if "x" == "y" then print("no") else print("const ne") end
local x = 5
print(x == 5, 5 == x, x < 10, 10 < x, x <= 5, 5 >= x)
