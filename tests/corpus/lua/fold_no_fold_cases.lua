local a = 1 / 0
local b = 0 / 0
local c = 10 % 0
local d = -(0)
local e = 2 ^ 0.5
local f = "1" + 2
local g = 10 .. 20
print(a, b ~= b, c ~= c, d, e, f, g)
print(-"2", 1 - -1, - - 1)
