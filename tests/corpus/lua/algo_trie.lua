local root = {}
local function insert(w) local n = root for c in w:gmatch(".") do n[c] = n[c] or {} n = n[c] end n.done = true end
local function has(w) local n = root for c in w:gmatch(".") do n = n[c] if not n then return false end end return n.done == true end
for _, w in ipairs({"car", "cart", "cat", "dog"}) do insert(w) end
print(has("car"), has("ca"), has("cart"), has("dogs"), has("dog"))
