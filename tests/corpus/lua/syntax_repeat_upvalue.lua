local fs = {}
local i = 0
repeat
  local j = i
  fs[#fs + 1] = function() return j end
  i = i + 1
until j >= 3
for _, f in ipairs(fs) do print(f()) end
local k = 0
repeat
  local done = k > 2
  k = k + 1
until done
print(k)
