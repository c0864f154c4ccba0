local order = {}
local mt = {__concat = function(a, b)
  local sa = type(a) == "table" and a.n or a
  local sb = type(b) == "table" and b.n or b
  order[#order + 1] = sa .. "+" .. sb
  return sa .. sb
end}
local x, y = setmetatable({n = "X"}, mt), setmetatable({n = "Y"}, mt)
print("a" .. x .. "b" .. y .. "c")
print(table.concat(order, " | "))
