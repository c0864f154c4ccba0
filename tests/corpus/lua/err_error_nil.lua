-- uncaught runtime error: error nil
print("throwing nil")
error(nil)
print("not reached")
print("not reached")
