local function f()
  return 1
  x = 2
end
