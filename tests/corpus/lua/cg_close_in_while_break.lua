local fs = {}
local i = 0
while true do
  i = i + 1
  local captured = i * i
  fs[i] = function() return captured end
  if i >= 4 then break end
end
print(#fs, fs[1](), fs[4]())
for j = 1, 2 do
  local v = j
  fs[j] = function() v = v + 100 return v end
  do local w = v fs[j + 10] = function() return w end end
end
print(fs[1](), fs[1](), fs[2](), fs[11](), fs[12]())
