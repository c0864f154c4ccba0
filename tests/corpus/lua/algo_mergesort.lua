local function merge(a, b)
  local r, i, j = {}, 1, 1
  while i <= #a and j <= #b do
    if a[i] <= b[j] then r[#r + 1] = a[i] i = i + 1 else r[#r + 1] = b[j] j = j + 1 end
  end
  for k = i, #a do r[#r + 1] = a[k] end
  for k = j, #b do r[#r + 1] = b[k] end
  return r
end
local function msort(t)
  if #t <= 1 then return t end
  local mid = math.floor(#t / 2)
  local l, r = {}, {}
  for i = 1, #t do if i <= mid then l[#l + 1] = t[i] else r[#r + 1] = t[i] end end
  return merge(msort(l), msort(r))
end
print(table.concat(msort({5, 1, 4, 2, 8, 0, 2, 9, 7}), ","))
