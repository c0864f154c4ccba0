local fs = {}
for i = 1, 3 do
  local a = i
  if i == 2 then
    local b = a * 10
    fs[#fs + 1] = function() return a + b end
  else
    fs[#fs + 1] = function() return a end
  end
end
for k = 1, 3 do print(fs[k]()) end
local ws = {}
repeat local z = #ws fs[1] = function() return z end ws[#ws + 1] = fs[1] until #ws == 2
print(ws[1](), ws[2]())
