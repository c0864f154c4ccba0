-- uncaught runtime error: len number global
N = 5
print(N)
print(#N)
print("not reached")
