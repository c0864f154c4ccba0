local t = {a = {b = {c = {d = 4}}}}
print(t.a.b.c.d, t["a"]["b"].c["d"])
local k = "a"
print(t[k].b["c"].d)
local arr = {{1, 2}, {3, 4}}
print(arr[2][1], arr[1][2])
print(({10, 20, 30})[2], ("abc"):upper(), (#"xyz"))
print(t.a.b.c.x)
