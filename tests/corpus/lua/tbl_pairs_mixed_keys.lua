local t = {10, 20, 30, x = "a", y = "b", [7] = "seven", ["10"] = "str ten"}
local out = {}
for k, v in pairs(t) do out[#out + 1] = tostring(k) .. "=" .. tostring(v) end
print(table.concat(out, " "))
for k, v in next, t do io_ = k end
print(next({}), type(next(t)))
