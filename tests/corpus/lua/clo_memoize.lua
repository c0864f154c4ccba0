local function memoize(f)
  local cache = {}
  return function(n)
    local v = cache[n]
    if v == nil then v = f(n) cache[n] = v end
    return v
  end
end
local calls = 0
local slow = memoize(function(n) calls = calls + 1 return n * n end)
print(slow(4), slow(4), slow(5), calls)
