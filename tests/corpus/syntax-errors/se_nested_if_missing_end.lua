if a then
  if b then
    print(1)
  end
