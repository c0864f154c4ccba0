-- uncaught runtime error: call nil method string
local s = "text"
print(s:upper())
s:nosuchmethod()
print("not reached")
