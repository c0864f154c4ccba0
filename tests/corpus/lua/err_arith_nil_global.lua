-- uncaught runtime error: arith nil global
count = nil
print("inc")
count = count + 1
print("not reached")
