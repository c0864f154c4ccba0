local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(5000))
local ok, e = pcall(function() local function f() return 1 + f() end return f() end)
print(ok, e)
