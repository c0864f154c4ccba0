local step = {}
local function run()
  local acc = 0
  for i = 1, 3 do acc = acc + step end
  return acc
end
print(run())
