-- Sorting with a comparator function: table.sort when present, otherwise a
-- quicksort written in Lua calling the same comparator.
local N = 200000
local seed = 42
local function rand() seed = (seed * 1103515245 + 12345) % 2147483648; return seed end
local t = {}
for i = 1, N do t[i] = rand() % 1000000 end
local calls = 0
local function less(a, b) calls = calls + 1; return a > b end
local function qsort(a, lo, hi, cmp)
  while lo < hi do
    local p = a[(lo + hi - (lo + hi) % 2) / 2]
    local i, j = lo, hi
    while i <= j do
      while cmp(a[i], p) do i = i + 1 end
      while cmp(p, a[j]) do j = j - 1 end
      if i <= j then a[i], a[j] = a[j], a[i]; i = i + 1; j = j - 1 end
    end
    if j - lo < hi - i then qsort(a, lo, j, cmp); lo = i else qsort(a, i, hi, cmp); hi = j end
  end
end
if table and table.sort then table.sort(t, less) else qsort(t, 1, N, less) end
for i = 2, N do assert(t[i - 1] >= t[i]) end
print(t[1], t[N], calls > 0)
