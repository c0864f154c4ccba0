local doc = {name = "redis", version = 7, ratio = 0.75, list = {1, "two", 3.5, false}, nested = {a = {b = {c = "deep"}}}}
local back = cmsgpack.unpack(cmsgpack.pack(doc))
local out = {back.name, back.version, back.ratio, #back.list, back.list[2], tostring(back.list[4]), back.nested.a.b.c}
return table.concat(out, ",")
