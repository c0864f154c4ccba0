local s = "Hello"
print(s:lower(), s:upper(), s:len(), s:rep(2, "-") == nil)
print(("%5.2f"):format(3.14159))
print(#s:sub(2, -2))
string.shout = function(x) return x:upper() .. "!" end
print(s:shout())
string.shout = nil
print(pcall(function() return s:shout() end))
