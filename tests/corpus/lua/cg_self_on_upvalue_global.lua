local up = {n = 2}
function up:twice() return self.n * 2 end
G = {n = 5}
function G:twice() return self.n * 2 end
local function call() return up:twice() + G:twice() end
print(call())
print(G.twice(up))
