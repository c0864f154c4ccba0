print(1 .. 2)
print(1.5 .. "")
local a = 3
print(a..a, a.. "x")
print(0x10 .. "", 1e2 .. "")
print(#(1 .. 2 .. 3))
