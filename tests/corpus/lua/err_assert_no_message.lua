-- uncaught runtime error: assert no message
print("assert nil")
assert(nil)
print("not reached")
print("not reached")
