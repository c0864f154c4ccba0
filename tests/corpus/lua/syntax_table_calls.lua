local function count(t) return #t end
print(count{1, 2, 3})
local o = {}
function o:n(t) return #t + (self == o and 100 or 0) end
print(o:n{1})
print(o:n"abcd")
local chain = setmetatable({}, {__call = function(self, t) return self end})
print(chain{}{}{} == chain)
