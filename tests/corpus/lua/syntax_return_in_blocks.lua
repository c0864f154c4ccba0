local function f(x)
  do return x * 2 end
end
local function g(x)
  for i = 1, 10 do if i == x then return i end end
  return -1
end
local function h() while true do return "w" end end
print(f(4), g(3), g(99), h())
