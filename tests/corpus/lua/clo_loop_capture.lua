local fs = {}
for i = 1, 5 do fs[#fs + 1] = function() return i end end
for _, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return v end end
local j = 0
while j < 2 do j = j + 1 local k = j fs[#fs + 1] = function() return k end end
local out = {}
for _, f in ipairs(fs) do out[#out + 1] = tostring(f()) end
print(table.concat(out, " "))
