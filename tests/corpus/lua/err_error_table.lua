-- uncaught runtime error: error table
print("throwing a table")
error({})
print("not reached")
print("not reached")
