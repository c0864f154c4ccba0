local names = {}
for k, v in pairs(struct) do names[#names + 1] = k .. "=" .. type(v) end
table.sort(names)
return table.concat(names, ",")
