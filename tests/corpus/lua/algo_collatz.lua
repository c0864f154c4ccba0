local function steps(n) local s = 0 while n ~= 1 do if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end s = s + 1 end return s end
local best, arg = 0, 0
for i = 1, 3000 do local s = steps(i) if s > best then best, arg = s, i end end
print(arg, best)
print(steps(27), steps(1))
