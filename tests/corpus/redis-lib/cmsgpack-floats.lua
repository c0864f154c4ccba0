local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
for _, n in ipairs({0.5, -0.25, 1.1, 1/3, 1e300, 3.4028234663852886e38, 1/0, -1/0, 2^63, -2^63, 2^64, -0.0}) do
  out[#out + 1] = hex(cmsgpack.pack(n))
end
out[#out + 1] = hex(cmsgpack.pack(0/0)):sub(1, 2)
return table.concat(out, " ")
