function gf(a, b) return a .. b end
print(gf("x", "y"))
function gf2(...) return select("#", ...) end
print(gf2(1, 2, 3))
local saved = gf
function gf() return "redefined" end
print(gf(), saved(1, 2))
