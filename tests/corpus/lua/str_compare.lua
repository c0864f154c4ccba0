local words = {"b", "a", "B", "A", "aa", "", "a b", "Z", "z", "10", "9"}
table.sort(words)
print(table.concat(words, "|"))
print("a" < "aa", "aa" < "b", "\0" < "a", "a\0" > "a")
print(("abc"):len() == #"abc")
