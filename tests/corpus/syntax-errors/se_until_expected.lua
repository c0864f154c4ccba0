local i = 0
repeat
  i = i + 1
