local a, b = 17, 5
print(a + b, a - b, a * b, a / b, a % b, a ^ 2)
print(-a % b, a % -b, -a % -b)
print(5.5 % 2, -5.5 % 2, 2 ^ 0.5)
print(a + 1, 1 + a, a * 2.5, 2 / a)
local x = 7
x = x + x * x - x / x
print(x)
print(10 % 3.5, 2^-1, (-8) ^ (1/3) ~= (-8) ^ (1/3))
