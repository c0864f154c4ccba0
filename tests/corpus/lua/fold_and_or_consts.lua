print(1 and 2, nil and 1, false and nil, 1 or 2, nil or 2, false or nil)
print(true and "t" or "f", false and "t" or "f")
print(nil or false, false or nil, nil and nil)
local a = 1 and 2 or 3
local b = nil and 2 or 3
local c = false or false or "last"
print(a, b, c)
print("s" and 0 and "z", 0 or "zero is true")
