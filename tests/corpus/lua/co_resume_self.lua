local co
co = coroutine.create(function()
  print(coroutine.resume(co))
  return "done"
end)
print(coroutine.resume(co))
local co2
co2 = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(co2) end)
  print(coroutine.resume(inner))
end)
coroutine.resume(co2)
