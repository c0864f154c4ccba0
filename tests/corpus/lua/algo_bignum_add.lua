local function add(a, b)
  local r, carry = {}, 0
  local i, j = #a, #b
  while i > 0 or j > 0 or carry > 0 do
    local s = carry + (i > 0 and tonumber(a:sub(i, i)) or 0) + (j > 0 and tonumber(b:sub(j, j)) or 0)
    table.insert(r, 1, s % 10)
    carry = math.floor(s / 10)
    i, j = i - 1, j - 1
  end
  return table.concat(r)
end
local a, b = "1", "1"
for i = 1, 100 do a, b = b, add(a, b) end
print(b, #b)
