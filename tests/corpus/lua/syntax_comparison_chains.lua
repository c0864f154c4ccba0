local a, b, c = 1, 2, 3
print(a < b == true, (a < b) == (b < c))
print(a == 1 == true, not a == nil)
print(1 < 2 == (2 < 3), "a" .. "b" == "ab" and 1 < 2)
print(a + b == c, a * b ~= c - 1)
