-- uncaught runtime error: concat chain middle
local a, b, c = "a", nil, "c"
print(a .. c)
print(a .. b .. c)
print("not reached")
