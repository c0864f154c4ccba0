local function qsort(t, lo, hi)
  if lo >= hi then return end
  local p, i = t[hi], lo - 1
  for j = lo, hi - 1 do
    if t[j] <= p then i = i + 1 t[i], t[j] = t[j], t[i] end
  end
  t[i + 1], t[hi] = t[hi], t[i + 1]
  qsort(t, lo, i) qsort(t, i + 2, hi)
end
local t = {38, 27, 43, 3, 9, 82, 10, 3, -1, 0, 55}
qsort(t, 1, #t)
print(table.concat(t, " "))
