local a = 1 / 0
local b = -1 / 0
local c = 0 / 0
print(a, b, c ~= c)
print(a > 1e308, b < -1e308)
print(1 % 0 ~= 1 % 0)
local z = 0
print(1 / z, -1 / z)
print(math.huge == 1 / 0, -math.huge == -1 / 0)
