local tpl = "Dear ${name}, you owe ${amount} coins. ${missing}!"
local vars = {name = "Ann", amount = 12.5}
local out = tpl:gsub("%${(%w+)}", function(k) return vars[k] and tostring(vars[k]) end)
print(out)
local n
out, n = ("a.b.c"):gsub("%.", "/")
print(out, n)
