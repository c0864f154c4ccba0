local function f(...)
  return arg and arg.n, select("#", ...)
end
print(f(1, 2))
local function g(a, ...)
  local n = select("#", ...)
  return a, n
end
print(g(1, 2, 3))
