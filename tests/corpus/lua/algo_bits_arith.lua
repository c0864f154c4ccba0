local function band(a, b)
  local r, bit = 0, 1
  while a > 0 and b > 0 do
    if a % 2 == 1 and b % 2 == 1 then r = r + bit end
    a, b, bit = math.floor(a / 2), math.floor(b / 2), bit * 2
  end
  return r
end
local function popcount(n) local c = 0 while n > 0 do c = c + n % 2 n = math.floor(n / 2) end return c end
print(band(12, 10), band(255, 15), band(0, 7), popcount(255), popcount(2^40 - 1))
