-- a fixed-size record encoded and decoded in a loop
local recs = {}
for i = 1, 20 do
  recs[#recs + 1] = struct.pack(">I4hc4d", i * 1000, -i, string.format("k%03d", i), i / 8)
end
local blob = table.concat(recs)
local pos, sum, names = 1, 0, {}
local size = struct.size(">I4hc4d")
while pos <= #blob do
  local a, b, c, d, nextpos = struct.unpack(">I4hc4d", blob, pos)
  sum = sum + a + b + d
  names[#names + 1] = c
  pos = nextpos
end
return size .. " " .. sum .. " " .. table.concat(names, "")
