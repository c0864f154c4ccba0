local up = 0
local tbl = {}
local function set()
  up, glob, tbl.k, tbl[1] = 1, 2, 3, 4
  up, glob = glob, up
end
set()
print(up, glob, tbl.k, tbl[1])
local a, b = {}, {}
a.x, b.x = b, a
print(a.x == b, b.x == a)
