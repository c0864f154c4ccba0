local t = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(t())
print(t(1, nil, 3))
local function tc() return t("tail") end
print(tc())
