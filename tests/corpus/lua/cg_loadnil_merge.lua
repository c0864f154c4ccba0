local a
local b
local c, d
print(a, b, c, d)
local function f()
  local x
  local y = nil
  local z
  return x, y, z
end
print(f())
a, b = nil
print(a, b)
