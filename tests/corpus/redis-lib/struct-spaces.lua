local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local a = struct.pack(" > h  i  < h ", 1, 2, 3)
local x, y, z, n = struct.unpack(" > h i < h", a)
return hex(a) .. " " .. x .. y .. z .. n .. " " .. struct.size(" > h i < h ")
