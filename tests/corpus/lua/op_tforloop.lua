local t = {"a", "b", "c"}
for i, v in ipairs(t) do print(i, v) end
local function range(n)
  return function(_, i) if i < n then return i + 1 end end, nil, 0
end
for i in range(3) do print("r", i) end
for k, v in next, {10, 20} do print(k, v) end
