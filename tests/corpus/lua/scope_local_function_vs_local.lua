local function rec(n) if n > 0 then return rec(n - 1) end return "rec ok" end
print(rec(3))
local norec = function(n) return n end
local norec = function(n) if n > 0 then return norec(n - 1) end return "used old" end
print(norec(3))
