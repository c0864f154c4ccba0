for i = 1, 10 do if i == 3 then break end print("for", i) end
for _, v in ipairs({1, 2, 3}) do if v == 2 then break end print("gen", v) end
local n = 0
while true do n = n + 1 if n > 2 then break end end
print("while", n)
repeat n = n + 1 if n == 5 then break end until false
print("repeat", n)
for i = 1, 3 do
  for j = 1, 3 do if j == 2 then break end print(i, j) end
end
