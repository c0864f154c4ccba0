local out = {}
local t = cjson.decode('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}, "e": ""}')
out[#out + 1] = #t.a .. " " .. t.a[1] .. " " .. t.a[2] .. " " .. t.a[3] .. " " .. tostring(t.a[4]) .. " " .. tostring(t.a[5])
out[#out + 1] = tostring(t.a[6] == cjson.null) .. " " .. type(t.a[6])
out[#out + 1] = t.b.c .. "[" .. t.e .. "]"
out[#out + 1] = tostring(cjson.decode("42")) .. " " .. tostring(cjson.decode('"s"')) .. " " .. tostring(cjson.decode("true"))
out[#out + 1] = tostring(cjson.decode("  [ ]  ")[1]) .. " " .. tostring(next(cjson.decode("{}")))
out[#out + 1] = tostring(cjson.decode(12))
return table.concat(out, " ; ")
