local function test(a, b, c)
  if (a and b) or c then return "yes" end
  return "no"
end
print(test(1, 1, nil), test(1, nil, nil), test(nil, 1, 1), test(nil, nil, nil))
local function test2(a, b, c)
  if a and (b or c) and not (a == b) then return "T" else return "F" end
end
print(test2(1, 2, nil), test2(1, 1, 1), test2(nil, 1, 1), test2(1, nil, 3))
