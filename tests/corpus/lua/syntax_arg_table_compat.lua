local function old(...)
  return arg.n, arg[1], arg[2]
end
print(old(10, 20))
print(old())
local function withdots(...) local n = select("#", ...) return n, arg end
print(withdots(1))
