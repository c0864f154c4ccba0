local function f(...)
  local a = ...
  local t1 = {...}
  local t2 = {..., "x"}
  local t3 = {"x", ...}
  print(a, #t1, #t2, #t3)
  print(..., "tail")
  print("head", ...)
  print((...))
  return select("#", ...), ...
end
print(f(1, 2, 3))
print(f())
local function g(...) local x, y, z = ..., 10 return x, y, z end
print(g(1, 2, 3))
