-- uncaught runtime error: assert false
local v = 0
assert(v == 0, "not reached")
print("first assert ok")
assert(v == 1, "v must be 1")
