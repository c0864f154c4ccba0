local base = {v = "root"}
local cur = base
for i = 1, 50 do cur = setmetatable({}, {__index = cur}) end
print(cur.v, cur.none)
base.v = "changed"
print(cur.v)
