for i = 1, 3 do
  local j = i
  i = i * 10
  print(i, j)
end
local lim = 3
for i = 1, lim do lim = 1 print(i) end
local s = 2
for i = 1, 5, s do s = 100 print(i) end
