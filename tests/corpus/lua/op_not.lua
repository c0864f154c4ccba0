local a, b, c = 1, nil, false
print(not a, not b, not c, not not a)
local function f(x) return not x end
print(f(0), f(""), f(nil))
if not b then print("b falsy") end
local r = not (a and c)
print(r)
