local x, y = false, 7
local r = x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or y
print(r)
local q = y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y and y
print(q)
if x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or x or y == 7 then print('chain true') end
