-- uncaught runtime error: call nil method
local obj = {name = "o"}
print(obj.name)
obj:nomethod()
print("not reached")
