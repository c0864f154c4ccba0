local ready = true
local function go()
  return ready()
end
print(go())
