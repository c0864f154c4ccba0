local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cy", age = 31},
  {name = "dee", age = 19}, {name = "eve", age = 25},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
for _, p in ipairs(people) do print(p.name, p.age) end
