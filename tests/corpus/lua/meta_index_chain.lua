local base = {greet = function() return "base greet" end, kind = "base"}
local mid = setmetatable({kind = "mid"}, {__index = base})
local leaf = setmetatable({}, {__index = mid})
print(leaf.kind, leaf.greet(), leaf.missing)
mid.kind = nil
print(leaf.kind)
local fn = setmetatable({}, {__index = function(t, k) return k .. "!" end})
local chain = setmetatable({}, {__index = fn})
print(chain.hello, chain[1])
