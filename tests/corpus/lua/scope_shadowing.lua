local x = "outer"
local function f() return x end
local x = "shadow"
print(x, f())
for x = 1, 2 do print(x) end
print(x)
local function g(x) x = x .. "!" return x end
print(g("arg"), x)
do local x = x .. "+" print(x) end
print(x)
