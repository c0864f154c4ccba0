local s = "ab"
print(s:rep(2))
print(s:rep("many"))
print("not reached")
print(s)
