local s = "the quick brown fox"
print(s:find("quick"), s:find("o"), s:find("o", 14), s:find("zzz"))
print(s:find("q.i", 1, true), s:find("q.i"))
print(s:find("", 1), s:find("", 100), s:find("", 20))
print(("a+b"):find("+", 1, true), ("a.b"):find(".", 2, true))
print(s:find("fox", -3), s:find("the", -100))
