local t = {}
print(#t)
print(select("#", unpack(t, 1, 100)))
print(unpack(t, 1, 1e7))
print("not reached")
