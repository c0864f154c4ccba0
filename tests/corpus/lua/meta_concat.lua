local mt = {__concat = function(a, b)
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x .. "&" .. y
end}
local A = setmetatable({v = "A"}, mt)
local B = setmetatable({v = "B"}, mt)
print(A .. B, A .. "s", "s" .. A, 1 .. A)
print("x" .. "y" .. A .. "z")
print(pcall(function() return {} .. A end))
