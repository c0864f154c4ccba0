local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
for i in range(5) do io_ = i print(i) end
for i in range(10, 3) do print(i) end
local function chars(s)
  return coroutine.wrap(function() for c in s:gmatch(".") do coroutine.yield(c) end end)
end
local out = {}
for c in chars("hey") do out[#out + 1] = c:upper() end
print(table.concat(out))
