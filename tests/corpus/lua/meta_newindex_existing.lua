local hits = 0
local t = setmetatable({x = 1}, {__newindex = function(t, k, v) hits = hits + 1 end})
t.x = 2
t.y = 3
print(t.x, t.y, hits)
t.x = nil
t.x = 4
print(t.x, hits)
