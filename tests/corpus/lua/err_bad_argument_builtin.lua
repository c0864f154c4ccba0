-- uncaught runtime error: bad argument builtin
print(string.rep("x", 3))
print(string.rep())
print("not reached")
print("not reached")
