local out = {}
local function try(...)
  local ok, err = pcall(cjson.encode, ...)
  out[#out + 1] = tostring(ok) .. ":" .. tostring(err)
end
try(type)
try({f = type})
try({[true] = 1})
try({[{}] = 1})
try(coroutine.create(function() end))
try()
try(1, 2)
try({1, 2, type})
return table.concat(out, "|")
