local function permute(t, n, out)
  n = n or #t
  if n == 1 then out[#out + 1] = table.concat(t) return end
  for i = 1, n do
    t[i], t[n] = t[n], t[i]
    permute(t, n - 1, out)
    t[i], t[n] = t[n], t[i]
  end
end
local out = {}
permute({"a", "b", "c", "d"}, nil, out)
print(#out, table.concat(out, " ", 1, 8))
