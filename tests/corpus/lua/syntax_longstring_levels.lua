local a = [[simple]]
local b = [==[has ]] inside]==]
local c = [=[
first newline skipped]=]
local d = [===[a]=]b]==]c]===]
local e = [[
]]
print(a)
print(b)
print(c)
print(d)
print(#e, e == "")
local f = [[line1
line2]]
print(f, #f)
