local function sign(x)
  local r
  if x > 0 then r = 1 elseif x < 0 then r = -1 else r = 0 end
  return r
end
print(sign(5), sign(-5), sign(0))
local s = 0
for i = 1, 10 do if i % 2 == 0 then s = s + i else s = s - 1 end end
print(s)
