local function make(n)
  return function(x) return x + n end
end
local add2, add5 = make(2), make(5)
print(add2(1), add5(1))
local function outer()
  local v = 0
  local function inc() v = v + 1 return v end
  local function get() return v end
  return inc, get
end
local inc, get = outer()
inc() inc()
print(get())
