local row = {1}
for n = 1, 10 do
  print(table.concat(row, " "))
  local nxt = {1}
  for i = 2, #row do nxt[i] = row[i - 1] + row[i] end
  nxt[#row + 1] = 1
  row = nxt
end
