for _, n in ipairs({1, -1, 0.5, 100, 1e15, 1e16, 123.456, -0.000001, 2^63, 1/3}) do
  print(n, tostring(n), string.format("%.14g", n))
end
local t = {}
for i = -3, 3 do t[#t + 1] = tostring(i / 4) end
print(table.concat(t, " "))
print(tostring(1e300 * 1e300), tostring(-1e300 * 1e300))
print(2^24, 2^-24, 10 / 3 * 3)
