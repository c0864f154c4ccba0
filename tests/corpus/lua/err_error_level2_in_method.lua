local Acc = {}
function Acc:deposit(n)
  if n <= 0 then error("amount must be positive", 2) end
  return n
end
print(Acc:deposit(5))
Acc:deposit(-1)
