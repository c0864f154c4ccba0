local function matmul(a, b)
  local n, m, p = #a, #b, #b[1]
  local c = {}
  for i = 1, n do
    c[i] = {}
    for j = 1, p do
      local s = 0
      for k = 1, m do s = s + a[i][k] * b[k][j] end
      c[i][j] = s
    end
  end
  return c
end
local r = matmul({{1, 2}, {3, 4}}, {{5, 6}, {7, 8}})
print(r[1][1], r[1][2], r[2][1], r[2][2])
local id = matmul({{2, 0}, {0, 2}}, {{1.5, -1}, {0.25, 4}})
print(id[1][1], id[1][2], id[2][1], id[2][2])
