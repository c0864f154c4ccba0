local a, b, c = nil, false, 3
local x = a or b or c
local y = c and a
local z = c and c or 0
print(x, y, z)
if a or c then print("t1") end
if c and not a then print("t2") end
local d = a or "default"
print(d)
local e = (c > 2) and "big" or "small"
print(e)
