-- uncaught runtime error: resume dead wrap
local w = coroutine.wrap(function() return 1 end)
print(w())
w()
print("not reached")
