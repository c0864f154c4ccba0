print(("^abc"):find("^^"), ("abc"):find("^b"), ("abc"):find("c$"))
print(("a$b"):find("$b"), ("ab"):gsub("^", ">"), ("ab"):gsub("$", "<"))
print(("aaa"):gsub("^a", "b"))
print(("hello"):match("^(h)(.*)(o)$"))
