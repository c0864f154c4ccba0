local f = print
local a = f
(f)("x")
