local function f() end
for i = 1, 3 do end
for k in pairs({}) do end
while false do end
repeat until true
if true then end
if false then elseif true then else end
do end
print(f(), "empty ok")
