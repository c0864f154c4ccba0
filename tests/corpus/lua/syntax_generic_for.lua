local t = {"x", "y", "z"}
for i, v in ipairs(t) do print(i, v) end
for k in pairs({a = 1}) do print(k) end
local function iter(s, c)
  if c < s then return c + 1, c * c end
end
for a, b in iter, 4, 0 do print(a, b) end
for _, w in ipairs({}) do print("never") end
for a, b, c, d in ipairs({5}) do print(a, b, c, d) end
