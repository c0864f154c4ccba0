-- uncaught runtime error: error number
print("throwing 42")
error(42)
print("not reached")
print("not reached")
