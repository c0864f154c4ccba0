local function pick(a, b) local r = a or b return r end
local function both(a, b) local r = a and b return r end
print(pick(nil, 2), pick(1, 2), both(1, 2), both(nil, 2), both(false, nil))
local x = nil
local y = x or {}
y.v = 1
print(y.v)
local z = x and x.v or "default"
print(z)
