local function f(...)
  local a, b, c = ...
  local d = ...
  local e, f2 = (...)
  return a, b, c, d, e, f2
end
print(f(1))
print(f(1, 2, 3, 4))
local function g(...) local t = {n = select("#", ...), ...} return t.n, t[t.n] end
print(g(nil, nil, "last"))
