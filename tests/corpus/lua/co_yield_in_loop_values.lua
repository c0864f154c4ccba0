local co = coroutine.create(function(n)
  local sum = 0
  for i = 1, n do sum = sum + coroutine.yield(i) end
  return sum
end)
local ok, v = coroutine.resume(co, 4)
while coroutine.status(co) ~= "dead" do ok, v = coroutine.resume(co, v * 10) end
print(ok, v)
