local total = 0
local function add(n) for i = 1, n do total = total + i end end
add(10) add(5)
print(total)
local function mk() local c = 0 return function() for i = 1, 3 do c = c + 1 end return c end end
local f = mk()
print(f(), f())
