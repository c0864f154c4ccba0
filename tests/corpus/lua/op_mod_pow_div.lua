local vals = {7, -7, 7.5, -7.5}
for _, a in ipairs(vals) do
  print(a % 3, a % -3, a / 2, a ^ 2)
end
print(2 ^ 10, 2 ^ 0.5 * 2 ^ 0.5, 10 / 4)
local z = 0
print(1 % 0.25, 5 % 1)
