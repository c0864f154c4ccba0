local function join(...)
  local a, b = ...
  return a .. b
end
print(join("x", "y"))
print(join("x"))
