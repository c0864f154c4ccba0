local function make()
  local t = {}
  local x = 1
  local function add() x = x + 1 t[#t + 1] = x end
  return add, function() return x, #t end
end
local add, info = make()
add() add() add()
print(info())
