local s = ""
for i = 0, 255 do s = s .. string.char(i) end
print(#s, s:byte(1), s:byte(256), s:sub(66, 70))
local sum = 0
for i = 1, #s do sum = sum + s:byte(i) end
print(sum)
print(string.format("%q", s:sub(1, 12)))
