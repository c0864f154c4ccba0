local out = {}
local function try(v)
  local ok, r = pcall(cjson.encode, v)
  out[#out + 1] = tostring(ok) .. ":" .. tostring(r)
end
try({[11] = 1})
try({[10] = 1})
try({[1] = 1, [12] = 2})
try({[1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5, [6] = 6, [20] = 7})
try({[1] = 1, [2] = 2, [3] = 3, [4] = 4, [5] = 5, [6] = 6, [12] = 7})
try({[1000] = true})
return table.concat(out, "|")
