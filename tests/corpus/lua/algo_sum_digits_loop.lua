local total = 0
for i = 1, 1000 do
  local n, s = i, 0
  while n > 0 do s = s + n % 10 n = (n - n % 10) / 10 end
  total = total + s
end
print(total)
local function digital_root(n) while n >= 10 do local s = 0 for d in tostring(n):gmatch("%d") do s = s + d end n = s end return n end
print(digital_root(493193), digital_root(0))
