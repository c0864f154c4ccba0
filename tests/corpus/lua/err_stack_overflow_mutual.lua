local b
local function a(n) return b(n) + 1 end
function b(n) return a(n) + 1 end
print("mutual")
a(1)
