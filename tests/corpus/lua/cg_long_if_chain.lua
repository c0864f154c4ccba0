local function name(n)
  if n == 1 then return "one" elseif n == 2 then return "two" elseif n == 3 then return "three"
  elseif n == 4 then return "four" elseif n == 5 then return "five" elseif n == 6 then return "six"
  elseif n == 7 then return "seven" elseif n == 8 then return "eight" else return "many" end
end
local t = {}
for i = 0, 9 do t[#t + 1] = name(i) end
print(table.concat(t, " "))
