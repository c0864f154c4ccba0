local a = 1
local b = [[line1
line2]]
print(a, #b, b:byte(6))
local c = "x\
y"
print(#c, c:byte(2))
print("after crlf")
