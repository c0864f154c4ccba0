local fs = {}
for k, v in pairs({x = 1, y = 2}) do
  for i, w in ipairs({10, 20}) do
    fs[#fs + 1] = function() return v * w end
  end
end
local s = 0
for _, f in ipairs(fs) do s = s + f() end
print(#fs, s)
