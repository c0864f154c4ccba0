local function f(...)
  local t = {..., ...}
  local u = {(...)}
  local v = {n = select("#", ...), ...}
  return #t, #u, v.n
end
print(f(1, 2, 3))
print(f())
