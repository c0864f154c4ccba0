local t = {alpha = 1, beta = 2, gamma = 3, delta = 4, epsilon = 5}
for k, v in pairs(t) do print(k, v) end
t.zeta = 6
t.beta = nil
for k, v in pairs(t) do print(k, v) end
