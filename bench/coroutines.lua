-- Coroutines: generators switching stacks on every value.
local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local sum = 0
for round = 1, 25 do
  for v in range(200000) do sum = sum + v end
end
print(sum)
