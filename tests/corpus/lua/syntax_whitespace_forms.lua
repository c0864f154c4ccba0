local	x	=	1
local y=2 local z=3
print(x,y,z)
if x==1 then print"tight" end
for i=1,2 do print(i)end
local t={1,2;3}print(#t)
print(("x"):rep(2))
