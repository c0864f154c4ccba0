local x = 1
if x then
  print(x)
else
  print(2)
