local pat = "(%a+)"
local function words(s)
  local t = {}
  for w in s:gmatch(pat) do t[#t + 1] = w:lower() end
  return t
end
print(table.concat(words("The Quick Brown"), " "))
pat = "(%d+)"
print(table.concat(words("a1b22c333"), " "))
