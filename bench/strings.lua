-- String building: concatenation chains, interning, tostring of numbers.
local parts = {}
local s = ""
for i = 1, 200000 do
  parts[#parts + 1] = "item" .. i .. ":" .. (i * 3)
end
local total = 0
for i = 1, #parts do total = total + #parts[i] end
for i = 1, 20000 do s = s .. "x" end
print(total, #s)
