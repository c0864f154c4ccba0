print(("1 2 3"):gsub("%d", function(d) return d * 2 end))
print(("a b c"):gsub("%a", function(c) if c == "b" then return nil end return c:upper() end))
print(("$x and $y"):gsub("%$(%w+)", {x = "X", y = false}))
local count = 0
local r = ("aaa"):gsub("a", function() count = count + 1 return count end)
print(r, count)
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gsub, "abc", "a", "%2"))
