for w in ("one two  three"):gmatch("%a+") do print(w) end
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do print(k, v) end
local n = 0
for _ in ("aaaa"):gmatch("a") do n = n + 1 end
print(n)
for p in ("abc"):gmatch("()") do io_ = p end
print(io_)
for x in (""):gmatch(".") do print("never") end
