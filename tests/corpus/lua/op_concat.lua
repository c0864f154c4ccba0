local a, b, c = "x", "y", "z"
print(a .. b .. c)
print(a .. 1 .. 2.5)
print(1 .. "")
local parts = a .. b
parts = parts .. c .. a .. b .. c
print(parts)
local n = 10
print("n=" .. n .. ";" .. n * 2)
print((a .. b) .. (c .. a))
