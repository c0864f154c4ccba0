gx = 1
gy = gx + 1
gz = "s" .. gy
print(gx, gy, gz)
function gfun(v) return v * 2 end
print(gfun(gy))
gx = nil
print(gx, type(gfun))
_G.gw = 9
print(gw)
