local t = {}
for i = 1, 12 do t["key" .. i] = i end
t.x = "y"
t[1.25] = true
return cjson.encode(t)
