local gen = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "last"
end)
print(gen(), gen(), gen(), gen())
print(pcall(gen))
local w = coroutine.wrap(function(...) return select("#", ...), ... end)
print(w(nil, nil))
