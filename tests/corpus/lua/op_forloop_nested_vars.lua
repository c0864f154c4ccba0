local out = {}
for i = 1, 3 do
  for j = i, 3 do
    for k = j, j + 1, 2 do out[#out + 1] = i .. j .. k end
  end
end
print(table.concat(out, " "))
print(#out)
