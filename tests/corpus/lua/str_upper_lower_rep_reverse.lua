print(("MiXeD 123"):upper(), ("MiXeD 123"):lower())
print(("ab"):rep(3), ("ab"):rep(0), ("ab"):rep(-1), ("x"):rep(1))
print(("hello"):reverse(), (""):reverse(), #("abc"):rep(100))
print(string.len("\0\0"), ("a\0b"):upper() == "A\0B")
