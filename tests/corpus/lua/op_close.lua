local fs = {}
for i = 1, 3 do
  local j = i * 10
  fs[i] = function() return i, j end
end
for i = 1, 3 do print(fs[i]()) end
local gs = {}
local k = 1
while k <= 3 do
  local kk = k
  gs[k] = function() kk = kk + 1 return kk end
  k = k + 1
end
print(gs[1](), gs[1](), gs[2](), gs[3]())
