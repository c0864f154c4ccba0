local rows = {{v = 1}, {v = 2}, nil, {v = 4}}
local s = 0
for i = 1, 4 do
  s = s + rows[i].v
end
print(s)
