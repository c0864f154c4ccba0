local x = "a"
print(x == "a", "a" == x, x ~= "b", nil == x, x == nil)
local n = 5
print(n == 5, 5 == n, n ~= 5.5, n == "5")
if nil == nil then print("nil eq") end
if true == true then print("true eq") end
if x == x then print("self eq") end
