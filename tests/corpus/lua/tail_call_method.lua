local obj = {n = 0}
function obj:step(k) if k == 0 then return self.n end self.n = self.n + k return self:step(k - 1) end
print(obj:step(100))
local t = setmetatable({}, {__call = function(_, x) return x * 2 end})
local function tc(x) return t(x) end
print(tc(21))
