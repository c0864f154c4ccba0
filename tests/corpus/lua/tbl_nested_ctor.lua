local t = {
  {1, 2, {3, 4, {5}}},
  name = {first = "a", last = "b"},
  [3] = {x = {y = {z = "deep"}}},
}
print(t[1][3][3][1], t.name.first .. t.name.last, t[3].x.y.z)
local function f() return {1}, {2} end
local u = {f(), f()}
print(#u, u[1][1], u[2][1], u[3][1])
