local a = {}
local b = {1, 2, 3}
local c = {x = 1, y = 2}
local d = {1, 2, x = 3, [10] = 4}
print(#a, #b, c.x + c.y, d[1], d.x, d[10])
local e = {{}, {{}}, {{{}}}}
print(#e, #e[3], #e[3][1])
local f = {n = {m = {k = "deep"}}}
print(f.n.m.k)
