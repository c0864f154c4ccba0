-- uncaught runtime error: compare booleans
print(true == false)
print(true > false)
print("not reached")
print("not reached")
