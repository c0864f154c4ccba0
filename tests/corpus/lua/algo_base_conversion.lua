local function tobase(n, b)
  if n == 0 then return "0" end
  local digits, out = "0123456789abcdefghijklmnopqrstuvwxyz", ""
  local neg = n < 0
  if neg then n = -n end
  while n > 0 do local d = n % b out = digits:sub(d + 1, d + 1) .. out n = math.floor(n / b) end
  return (neg and "-" or "") .. out
end
print(tobase(255, 2), tobase(255, 16), tobase(-42, 7), tobase(123456789, 36))
print(tonumber(tobase(99999, 36), 36))
