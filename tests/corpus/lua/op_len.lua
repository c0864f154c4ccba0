local t = {1, 2, 3, 4}
local s = "hello"
print(#t, #s, #"", #{})
t[#t + 1] = 5
print(#t)
local n = {n = 1}
print(#n)
local nested = {{1, 2}, {3}}
print(#nested[1] + #nested[2])
print(#("a" .. "bc"))
