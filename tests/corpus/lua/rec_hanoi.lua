local moves = {}
local function hanoi(n, a, b, c)
  if n == 0 then return end
  hanoi(n - 1, a, c, b)
  moves[#moves + 1] = a .. c
  hanoi(n - 1, b, a, c)
end
hanoi(4, "A", "B", "C")
print(#moves, table.concat(moves, " ", 1, 10))
