local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a)
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v * 2) end})
t.x = 5
t.x = 7
print(t.x, #log)
local outer = setmetatable({}, {__newindex = proxy})
outer.b = 2
print(store.b, rawget(outer, "b"), rawget(proxy, "b"))
