a = {b = {c = {}}}
function a.b.c:m(x) return self == a.b.c, x end
function a.b.f(x) return x * 2 end
print(a.b.c:m(5))
print(a.b.f(4))
local obj = {name = "o"}
function obj.hello(self) return "hi " .. self.name end
print(obj:hello())
local str = "abc"
print(str:sub(2), ("%d"):format(42))
