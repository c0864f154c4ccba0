local co = coroutine.create(function()
  local t = nil
  return t.field
end)
local ok, e = coroutine.resume(co)
print(ok, e)
print(coroutine.status(co))
print(coroutine.resume(coroutine.create(function() return error("lvl", 2) end)))
