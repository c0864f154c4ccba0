local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(cmsgpack.pack(true, false, nil))
out[#out + 1] = hex(cmsgpack.pack(type, coroutine.create(function() end)))
out[#out + 1] = hex(cmsgpack.pack(cjson.null))
return table.concat(out, " ")
