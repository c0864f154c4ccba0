-- uncaught runtime error: error boolean
print("throw false")
error(false)
print("not reached")
print("not reached")
