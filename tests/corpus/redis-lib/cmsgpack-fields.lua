local names = {}
for k, v in pairs(cmsgpack) do names[#names + 1] = k .. "=" .. (type(v) == "string" and v or type(v)) end
table.sort(names)
return table.concat(names, ",")
