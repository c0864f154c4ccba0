local t = {
  a = 1,
}
local r = t.a +
  t.b
print(r)
