local parts = {}
for i = 1, 100 do parts[#parts + 1] = string.char(65 + i % 26) end
local s = table.concat(parts)
print(#s, s:sub(1, 30))
local acc = ""
for i = 1, 50 do acc = acc .. i end
print(#acc, acc:sub(-10))
print(("x"):rep(1000):len())
