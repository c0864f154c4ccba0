local function none() end
local function one() return 1 end
local function many() return 1, 2, 3 end
print(none())
print(one(), one())
print(many())
print(many(), many())
print((many()))
local t = {many()}
print(#t)
print(select("#", many(), nil))
print(select("#", none()))
