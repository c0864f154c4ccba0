if true then print("true branch") end
if false then print("x") else print("false else") end
if nil then print("x") end
if 1 then print("number true") end
if "" then print("empty string true") end
while false do end
repeat local z = 1 until true
if true and false then print("x") elseif true or false then print("elseif") end
if nil or 1 then print("nil or 1") end
if not (nil and x) then print("short") end
