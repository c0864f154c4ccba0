local i = 0
while true do
  i = i + 1
  if i > 3 then break end
end
print(i)
local x = 5
if x > 3 then print("gt") else print("le") end
repeat x = x - 1 until x == 0
print(x)
for j = 1, 2 do if j == 1 then else print("j", j) end end
