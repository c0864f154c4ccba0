local function classify(n)
  if n < 0 then return "neg"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, v in ipairs({-5, 0, 5, 50, 500}) do print(v, classify(v)) end
if false then print("no") end
if nil then elseif false then else print("else") end
