-- uncaught runtime error: concat table global
T = {}
print("concat")
print(T .. "x")
print("not reached")
