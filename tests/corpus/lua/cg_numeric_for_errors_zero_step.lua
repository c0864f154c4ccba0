local c = 0
for i = 1, 3, 0.0000001 do c = c + 1 if c > 5 then break end end
print(c)
local d = 0
for i = 1, 0, 1 do d = d + 1 end
print(d)
local e = 0
for i = 5, 5, -1 do e = e + 1 end
print(e)
