local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
local function lcm(a, b) return a / gcd(a, b) * b end
local acc = 1
for i = 1, 20 do acc = lcm(acc, i) end
print(acc, gcd(1071, 462), lcm(4, 6))
