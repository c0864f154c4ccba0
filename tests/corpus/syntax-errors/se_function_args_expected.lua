local s = "x"
s:upper
