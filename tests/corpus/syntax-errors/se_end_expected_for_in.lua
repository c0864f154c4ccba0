for k, v in pairs({}) do
  print(k)
