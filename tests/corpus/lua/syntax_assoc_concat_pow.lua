local a, b, c = "a", "b", "c"
print(a .. b .. c .. a .. b)
print(2 ^ 2 ^ 3, (2 ^ 2) ^ 3)
print(2 ^ -2 ^ 2)
local t = setmetatable({}, {__concat = function(x, y)
  return (type(x) == "table" and "T" or x) .. "+" .. (type(y) == "table" and "T" or y) end})
print("x" .. t .. "y")
print(t .. "p" .. "q")
