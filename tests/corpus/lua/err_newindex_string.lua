local s = "str"
print(s)
s.x = 1
print("not reached")
print(s)
