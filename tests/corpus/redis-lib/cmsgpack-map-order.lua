local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local t = {}
for i = 1, 10 do t["f" .. i] = i * i end
t[100] = "h"
t[true] = false
return hex(cmsgpack.pack(t))
