local n = 0
while true do n = n + 1 if n == 3 then break end end
repeat n = n + 1 until false or n > 5
print(n)
while 1 do n = n + 1 break end
print(n)
repeat n = n + 1 until "stop"
print(n)
