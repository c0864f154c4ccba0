local ok = 1
print(ok)
x = = ok
