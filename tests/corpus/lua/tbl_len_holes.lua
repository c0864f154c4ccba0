local a = {1, 2, nil, 4}
print(#a)
local b = {1, nil, 3}
print(#b)
local c = {nil, nil, 3}
print(#c)
local d = {1, 2, 3, nil}
print(#d)
local e = {n = 1, 1, 2}
print(#e)
local f = {}
f[1] = 1 f[2] = 2 f[4] = 4
print(#f)
