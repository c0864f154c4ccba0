collectgarbage()
collectgarbage("collect")
print(collectgarbage("step") ~= nil)
print(type(gcinfo()))
local t = {}
for i = 1, 100 do t[i] = {i} end
t = nil
collectgarbage()
print("ok")
