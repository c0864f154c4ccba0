local list = nil
for i = 1, 5 do list = {value = i, next = list} end
local function tostr(l) local t = {} while l do t[#t + 1] = l.value l = l.next end return table.concat(t, "->") end
print(tostr(list))
local function reverse(l) local r = nil while l do l, r = l.next, {value = l.value, next = r} end return r end
print(tostr(reverse(list)))
local function len(l) if not l then return 0 end return 1 + len(l.next) end
print(len(list), len(nil))
