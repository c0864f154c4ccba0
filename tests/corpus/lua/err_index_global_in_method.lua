local Obj = {}
Obj.__index = Obj
function Obj:get() return self.data.value end
local o = setmetatable({}, Obj)
print("get")
print(o:get())
