local n = 5
print(1 < n, n < 10, 10 > n, n > 1, 5 <= n, n >= 5)
if 4 < n and n < 6 then print("in range") end
if not (n < 5) then print("not lt") end
print(n < 5.0001, -n < -4.9999)
