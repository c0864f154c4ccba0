local handlers = {}
print("building")
local t = {
  a = 1,
  b = handlers.make(),
}
print(t)
