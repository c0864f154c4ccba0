local a = 1; local b = 2;
print(a + b);
do local c = 3; print(c); end
local function f() return; end
print(f());
for i = 1, 2 do print(i); end
local t = {1; 2; 3,}
print(#t)
