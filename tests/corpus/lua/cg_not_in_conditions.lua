local a, b = nil, 1
if not a then print("1") end
if not (a or b) then print("no") else print("2") end
if not a and not b then print("no") else print("3") end
if not not b then print("4") end
while not b do end
repeat until not a
print(not a == true, not (a == true))
