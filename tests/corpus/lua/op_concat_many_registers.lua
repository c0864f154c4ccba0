local a, b, c, d, e = "a", "b", "c", "d", "e"
local s = a .. b .. c .. d .. e .. a .. b .. c .. d .. e
print(s)
local t = {s = a}
print(t.s .. b .. (c .. d) .. e)
local n = 1
print(n .. n + 1 .. n * 3)
