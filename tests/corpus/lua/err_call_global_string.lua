-- uncaught runtime error: call global string
g = "str"
print(g)
g(1)
print("not reached")
