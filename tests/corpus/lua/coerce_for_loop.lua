for i = "1", "3" do print(i, type(i)) end
for i = 1, "2", "0.5" do print(i) end
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
