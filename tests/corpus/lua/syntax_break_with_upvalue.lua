local fs = {}
for i = 1, 5 do
  local x = i
  fs[i] = function() return x end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[3]())
local k = 0
while true do
  k = k + 1
  local y = k
  fs[k] = function() return y * 2 end
  if k == 2 then break end
end
print(fs[1](), fs[2]())
