-- runtime error in a file whose name is longer than LUA_IDSIZE (60)
local t = {}
print("before")
print(t.a.b)
print("not reached")
