local s = [[\n is not an escape, nor \t]]
print(s, #s)
local t = [==[
]]==]
print(t)
local u = [[a
b
c]]
print(#u, u:gsub("\n", "|"))
