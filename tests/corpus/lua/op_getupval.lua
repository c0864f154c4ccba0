local counter = 0
local function read() return counter end
local function bump() counter = counter + 1 end
bump() bump()
print(read())
local a, b, c = 1, 2, 3
local function sum() return a + b + c end
print(sum())
a = 10
print(sum())
