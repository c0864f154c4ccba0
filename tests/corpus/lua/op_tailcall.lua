local function count(n, acc)
  if n == 0 then return acc end
  return count(n - 1, acc + 1)
end
print(count(100000, 0))
local function a(n) if n > 0 then return a(n - 1) end return "done" end
print(a(50000))
local function pass(...) return select("#", ...) end
local function wrap(...) return pass(...) end
print(wrap(1, nil, 3))
