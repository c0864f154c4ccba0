local o = {}
function o:id(...) return ... end
function o:fwd(...) return self:id(...) end
print(o:fwd(1, 2, 3))
print(select("#", o:fwd()))
local function tc_string(s) return s:upper() end
print(tc_string("done"))
