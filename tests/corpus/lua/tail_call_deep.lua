local function loop(n) if n == 0 then return "bottom" end return loop(n - 1) end
print(loop(1000000))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001))
