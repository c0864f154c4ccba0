local t = {}
for i = 1, 300 do t[#t + 1] = "k" .. i end
local obj = {}
function obj:method_with_a_long_name(x) return x + 1 end
print(obj:method_with_a_long_name(1), #t)
local s = "abc"
print(s:upper(), s:byte(1, -1))
