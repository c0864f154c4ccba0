-- Array part of tables: fill, read, update with integer keys.
local N = 1000000
local t = {}
for i = 1, N do t[i] = i * 2 end
local total = 0
for round = 1, 10 do
  for i = 1, N do
    t[i] = t[i] + round
    total = total + t[i]
  end
end
print(#t, total)
