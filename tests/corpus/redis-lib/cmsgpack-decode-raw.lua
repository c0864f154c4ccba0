local out = {}
local function show(s)
  local t = {cmsgpack.unpack(s)}
  for i = 1, #t do t[i] = tostring(t[i]) end
  out[#out + 1] = table.concat(t, ",")
end
show("\204\200\208\200\205\1\2\209\255\254\206\0\1\0\0\210\255\255\255\255")
show("\207\255\255\255\255\255\255\255\255\211\255\255\255\255\255\255\255\254")
show("\207\0\0\0\1\0\0\0\0\211\128\0\0\0\0\0\0\0")
show("\202\63\192\0\0\203\63\240\0\0\0\0\0\0")
show("\217\3abc\218\0\2de\219\0\0\0\1f")
show("\127\224\255\160\195\194")
local m = cmsgpack.unpack("\130\161a\1\161b\192")
out[#out + 1] = tostring(m.a) .. tostring(m.b)
local a = cmsgpack.unpack("\220\0\3\1\192\3")
out[#out + 1] = tostring(a[1]) .. tostring(a[2]) .. tostring(a[3]) .. #a
return table.concat(out, " ; ")
