print(not nil, not false, not true, not 0, not "")
local a = not nil
local b = not 1
local c = not not nil
print(a, b, c)
if not nil then print("not nil true") end
if not 1 then print("no") end
while not true do print("never") end
print(not (1 == 2), not (1 < 2))
