local out = {}
out[#out + 1] = cjson.encode("quote\" backslash\\ slash/ tab\t nl\n cr\r ff\f bs\b")
out[#out + 1] = cjson.encode("\0\1\31\127\128\255")
out[#out + 1] = cjson.encode("caf\195\169 \226\130\172")
out[#out + 1] = cjson.encode({["k\"ey"] = "v/al"})
return table.concat(out, " ")
