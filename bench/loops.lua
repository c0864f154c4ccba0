-- Numeric for loops and floating-point arithmetic on registers.
local sum = 0
for i = 1, 20000000 do
  sum = sum + (i % 7) * 0.5 - i / 3
end
local n, x = 0, 1
while n < 5000000 do
  x = x * 1.0000001
  n = n + 1
end
print(sum, x)
