local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
local function isqrt(n) return math.floor(math.sqrt(n)) end
print(isqrt(99), isqrt(100), isqrt(101))
print(7 % 2 == 1, -7 % 2, 2^31 % 7)
print(math.floor(2^53 / 3), math.fmod(2^53, 3))
