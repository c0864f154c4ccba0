local s = "Hello, World"
print(s:sub(1, 5), s:sub(-5), s:sub(8), s:sub(0), s:sub(5, 2), s:sub(-100, 3), s:sub(3, 100))
print(s:byte(), s:byte(1, 3), s:byte(-1), s:byte(100))
print(string.char(72, 105), string.char())
print(pcall(string.char, 256))
print(("abc"):byte(0), select("#", ("abc"):byte(1, -1)))
