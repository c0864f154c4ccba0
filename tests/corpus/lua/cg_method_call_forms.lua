local obj = {v = 1}
function obj:m(...) return self.v, select("#", ...) end
print(obj:m(), obj:m(1, 2))
local s = "str"
print(s:len(), ("lit"):len(), #s:rep(3))
local t = {inner = obj}
print(t.inner:m("a"))
print(t["inner"]:m())
local k = "inner"
print(t[k]:m(nil, nil))
