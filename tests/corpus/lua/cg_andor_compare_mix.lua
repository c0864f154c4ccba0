local x, y = 4, 9
local r1 = x < y and y < 10
local r2 = x > y or y == 9
local r3 = (x == 4) == (y == 9)
local r4 = x < y and "small" or "big"
local r5 = not (x < y) and 1 or 2
print(r1, r2, r3, r4, r5)
while x < y and x ~= 7 do x = x + 1 end
print(x)
repeat y = y - 1 until y < 5 or y == 6
print(y)
