local a, b, c
print(a, b, c)
local d = 1
local e, f = nil, nil
print(d, e, f)
local function g()
  local p, q, r = 1
  return p, q, r
end
print(g())
local x, y = 5
print(x, y)
