-- uncaught runtime error: error level0
print("no position")
error("plain message", 0)
print("not reached")
print("not reached")
