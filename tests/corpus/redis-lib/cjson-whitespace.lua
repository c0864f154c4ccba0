local out = {}
local t = cjson.decode(' \t\r\n{ "a" : [ 1 , 2 ] , "b" : { } }\n ')
out[#out + 1] = #t.a .. type(t.b)
for _, s in ipairs({"[1]\f", "\v[1]", "[1]//", "[true,false,null]", "[truex]", "[nulll]", "[1e5,-1.25E-3,0.0]"}) do
  local ok, v = pcall(cjson.decode, s)
  out[#out + 1] = tostring(ok) .. ":" .. (ok and cjson.encode(v) or v)
end
return table.concat(out, " | ")
