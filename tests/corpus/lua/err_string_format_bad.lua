-- uncaught runtime error: string format bad
print(string.format("%d", 1))
print(string.format("%d", "nope"))
print("not reached")
print("not reached")
