local t = {}
for i = 1, 20 do t["k" .. i] = i end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
print(table.concat(keys, ","))
for k in pairs(t) do t[k] = nil end
print(next(t))
