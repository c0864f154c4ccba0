local a = 1
local b = "two"
local c = 3.5
local d = -7
local e = 1e10
local f = "two"
print(a, b, c, d, e, f)
local big = 123456789012
print(big, big * 10)
