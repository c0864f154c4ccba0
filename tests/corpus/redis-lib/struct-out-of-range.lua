local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
for _, v in ipairs({0/0, 2^63, 2^64, 1e20, -2^63, -1e20, 1/0, -1/0, 2^63 + 2^11}) do
  out[#out + 1] = hex(struct.pack("<L", v))
end
return table.concat(out, " ")
