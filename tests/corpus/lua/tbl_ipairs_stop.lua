local t = {1, 2, nil, 4}
for i, v in ipairs(t) do print(i, v) end
local u = {[1] = "a", [2] = "b", [4] = "d"}
for i, v in ipairs(u) do print(i, v) end
local n = 0
for i, v in ipairs({}) do n = n + 1 end
print(n)
