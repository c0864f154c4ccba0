-- Closures: creation, upvalue reads and writes, calls through locals.
local function counter()
  local n = 0
  return function(step) n = n + step; return n end
end
local total = 0
for i = 1, 200000 do
  local c = counter()
  for j = 1, 10 do total = total + c(j) end
end
local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local h = compose(inc, dbl)
for i = 1, 2000000 do total = total + h(i) end
print(total)
