--[[ a long
comment ]] print("after comment 1")
--[==[ with ]] and ]=] inside
]==] print("after comment 2")
--[ not long
print("line comment with bracket")
---[[ this is a line comment
print("active")
--]]
local x = 1 --[[inline]] + 2
print(x)
