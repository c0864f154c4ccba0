-- Hash part of tables: string keys built once, then many lookups and updates.
local keys = {}
for i = 1, 20000 do keys[i] = "key" .. i end
local h = {}
for i = 1, #keys do h[keys[i]] = i end
local sum = 0
for round = 1, 400 do
  for i = 1, #keys do
    local k = keys[i]
    h[k] = h[k] + 1
    sum = sum + h[k]
  end
end
local count = 0
for k, v in pairs(h) do count = count + 1 end
print(count, sum)
