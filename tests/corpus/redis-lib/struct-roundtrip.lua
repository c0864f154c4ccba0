local out = {}
local fmt = ">bBhHlLiI"
local s = struct.pack(fmt, -100, 200, -30000, 60000, -2^40, 2^41, -123456, 4000000000)
local vals = {struct.unpack(fmt, s)}
for i = 1, #vals do out[#out + 1] = tostring(vals[i]) end
vals = {struct.unpack("<" .. fmt:sub(2), struct.pack("<" .. fmt:sub(2), 1, 2, 3, 4, 5, 6, 7, 8))}
for i = 1, #vals do out[#out + 1] = tostring(vals[i]) end
return table.concat(out, ",")
