local out = {}
out[#out + 1] = cjson.encode({1, 2, x = 3})
out[#out + 1] = cjson.encode({[1.5] = "a", [2^53] = "b", [-0.5] = "c"})
out[#out + 1] = cjson.encode({[1] = "a", ["1"] = "b"})
out[#out + 1] = cjson.encode({[1e300] = 1})
local ok, err = pcall(cjson.encode, {[0/0 ~= 0/0 and 1 or 2] = 1, [1/0] = 2})
out[#out + 1] = tostring(ok) .. ":" .. tostring(err)
local t = cjson.decode('{"a":1,"a":2,"1":"one"}')
out[#out + 1] = t.a .. tostring(t[1]) .. t["1"]
return table.concat(out, " ")
