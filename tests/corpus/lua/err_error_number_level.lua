local function f()
  error(3.5, 2)
end
print("f")
f()
