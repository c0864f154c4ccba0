-- uncaught runtime error: compare number nil
local x
print("compare")
if 1 < x then print("lt") end
print("not reached")
