local obj = {v = 3}
function obj:get() return self.v end
function obj:add(n) self.v = self.v + n return self end
print(obj:get())
print(obj:add(2):add(5):get())
local s = "hello"
print(s:upper(), s:len(), ("x"):rep(3))
local m = {inner = obj}
print(m.inner:get())
