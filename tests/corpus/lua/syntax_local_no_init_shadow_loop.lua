for i = 1, 3 do
  local x
  if i == 2 then x = "set" end
  print(i, x)
end
local fs = {}
for i = 1, 2 do local y fs[i] = function() y = (y or 0) + i return y end end
print(fs[1](), fs[1](), fs[2]())
