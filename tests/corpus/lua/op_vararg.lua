local function f(...)
  local a, b = ...
  local t = {...}
  local n = select("#", ...)
  return a, b, #t, n
end
print(f())
print(f(1))
print(f(1, 2, 3))
local function g(...) return ..., "end" end
print(g(1, 2))
local function h(x, ...) return x, ... end
print(h(1, 2, 3))
