local function a() return end
local function b() return nil end
local function c(...) return ... end
local function d() return (c(1, 2)) end
local function e() return c(1, 2), c(3, 4) end
local function f() do return 1 end end
local function g(x) if x then return x else return -x end end
print(select("#", a()), select("#", b()), select("#", c()), d(), e(), f(), g(false and 1 or 2))
