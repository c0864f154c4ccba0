local s = cmsgpack.pack(10, "x", {1}, 20)
local out = {}
local off = 0
while off ~= -1 do
  local v
  off, v = cmsgpack.unpack_one(s, off)
  out[#out + 1] = tostring(off) .. ":" .. (type(v) == "table" and "table" or tostring(v))
end
out[#out + 1] = table.concat({cmsgpack.unpack_one(s)}, "/", 1, 2)
out[#out + 1] = select("#", cmsgpack.unpack_one(s, #s))
return table.concat(out, " ")
