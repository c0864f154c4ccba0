local function f(a, b)
  local s = (a + b) * (a - b) / ((a * b) + 1)
  local u = ((a .. b) .. (b .. a)) .. ((a .. a) .. (b .. b))
  return s, u
end
print(f(3, 2))
local t = {f(5, 4)}
print(t[1], t[2])
print((f(1, 1)))
