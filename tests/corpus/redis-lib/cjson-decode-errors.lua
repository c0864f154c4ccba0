local out = {}
local function try(s)
  local ok, err = pcall(cjson.decode, s)
  out[#out + 1] = tostring(ok) .. ":" .. (type(err) == "table" and cjson.encode(err) or tostring(err))
end
for _, s in ipairs({"", "x", "[1,", "[1 2]", '{"a" 1}', '{1: 2}', '{"a": 1,}', "[1,]", '"abc', '"\\q"',
    '"\\u12g4"', '"\\udc00"', '"\\ud800x"', "nul", "tru", "1 2", "-", "[--1]", "{", "]", " ,", '{"a":1 "b"}',
    "\0\0", "a\0", "[1]\0garbage"}) do
  try(s)
end
try()
try(nil)
return table.concat(out, "|")
