local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(cmsgpack.pack({}))
out[#out + 1] = hex(cmsgpack.pack({1, 2, 3}))
out[#out + 1] = hex(cmsgpack.pack({a = 1}))
out[#out + 1] = hex(cmsgpack.pack({[1] = "a", [3] = "c"}))
out[#out + 1] = hex(cmsgpack.pack({[2] = "b"}))
out[#out + 1] = hex(cmsgpack.pack({[1.5] = 1}))
out[#out + 1] = hex(cmsgpack.pack({[0] = 0}))
out[#out + 1] = hex(cmsgpack.pack({1, 2, x = 3}))
local big = {}
for i = 1, 20 do big[i] = i end
out[#out + 1] = hex(cmsgpack.pack(big)):sub(1, 10)
local m = {}
for i = 1, 20 do m["k" .. i] = i end
out[#out + 1] = hex(cmsgpack.pack(m)):sub(1, 6)
return table.concat(out, " ")
