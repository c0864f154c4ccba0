local fs = {}
for i = 1, 3 do
  fs[i] = function() i = i + 1 return i end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
for k, v in pairs({a = 1}) do
  fs.k = function() return k .. v end
end
print(fs.k())
