local function counter(start, step)
  local n = start
  return function() n = n + step return n end, function() return n end
end
local inc1, get1 = counter(0, 1)
local inc2, get2 = counter(100, -10)
inc1() inc1() inc2()
print(get1(), get2(), inc1(), inc2())
