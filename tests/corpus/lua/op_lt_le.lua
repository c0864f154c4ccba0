local a, b = 3, 4
print(a < b, a > b, a <= b, a >= b, a <= a)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print(2 < 10, "2" < "10")
local function lt(x, y) if x < y then return "lt" end return "ge" end
print(lt(1, 2), lt(2, 1), lt(-1, -2))
print(1 >= 1, 1 > 1, not (1 < 2))
