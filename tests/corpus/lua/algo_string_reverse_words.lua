local function revwords(s)
  local w = {}
  for word in s:gmatch("%S+") do table.insert(w, 1, word) end
  return table.concat(w, " ")
end
print(revwords("the quick brown fox jumps"))
print(revwords(""), revwords("single"))
local function palin(s) s = s:lower():gsub("[^%a]", "") return s == s:reverse() end
print(palin("A man, a plan, a canal: Panama"), palin("hello"))
