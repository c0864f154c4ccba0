local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local out = {}
out[#out + 1] = hex(cjson.decode('"\\u0041\\u00e9\\u20ac\\ud83d\\ude00"'))
out[#out + 1] = cjson.decode('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"'):len()
out[#out + 1] = hex(cjson.decode('"\\u0000x"'))
out[#out + 1] = cjson.decode('"raw \200\201 bytes"'):len()
return table.concat(out, " ")
