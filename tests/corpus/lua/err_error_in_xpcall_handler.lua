-- uncaught runtime error: error in xpcall handler
print(xpcall(function() error("a") end, function(e) error("b") end))
print("continued")
error("final " .. tostring(nil))
print("not reached")
