local s = "Ab1 _,\t\n"
for _, c in ipairs({"%a", "%d", "%l", "%u", "%s", "%w", "%p", "%c", "%x", "%A", "%S"}) do
  print(c, (s:gsub(c, "#")))
end
print(("x%y"):gsub("%%", "pct"))
