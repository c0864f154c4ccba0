local function f() return {1, 2, 3}, "x" end
print(#f(), #(f()))
local s = "hello"
print(#s:upper(), #("a"):rep(5))
local t = {{1}, {1, 2}}
print(#t[2], #t)
