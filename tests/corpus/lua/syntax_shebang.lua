#!/usr/bin/env lua5.1
local x = 42
print("shebang skipped", x)
local y = x * 2
print(y)
