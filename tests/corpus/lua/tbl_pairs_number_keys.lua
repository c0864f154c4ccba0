local t = {}
for i = 1, 8 do t[i] = i * i end
t[100] = "h" t[-1] = "m" t[2.5] = "f" t[1e10] = "big"
for k, v in pairs(t) do print(k, v) end
