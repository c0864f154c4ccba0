local s = cmsgpack.pack(1, "a", {2, 3}, true, 4.5)
local vals = {cmsgpack.unpack(s)}
local out = {select("#", cmsgpack.unpack(s))}
for i = 1, #vals do out[#out + 1] = type(vals[i]) == "table" and ("t" .. #vals[i]) or tostring(vals[i]) end
out[#out + 1] = select("#", cmsgpack.unpack(""))
return table.concat(out, ",")
