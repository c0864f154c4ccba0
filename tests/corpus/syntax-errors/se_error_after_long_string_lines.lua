local s = [[
a
b
]]
local t = ]]
