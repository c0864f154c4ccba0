-- uncaught runtime error: error level1 func
local function fail() error("failed here") end
print("calling fail")
fail()
print("not reached")
