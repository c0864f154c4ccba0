local function last(...) return select(select("#", ...), ...) end
local function f(n, ...) if n == 0 then return last(...) end return f(n - 1, n, ...) end
print(f(10))
local function g(...) return select("#", ...) end
local function h(...) return g(...) end
print(h(), h(nil), h(1, 2, 3))
