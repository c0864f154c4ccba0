local function check(v)
  if type(v) ~= "number" then error("expected number", 2) end
  return v
end
print(check(1))
check("x")
