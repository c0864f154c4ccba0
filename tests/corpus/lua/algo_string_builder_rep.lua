local function pad(s, n, c) return s .. (c or " "):rep(n - #s) end
local rows = {{"name", "qty"}, {"apple", 3}, {"kiwi", 12}}
for _, r in ipairs(rows) do print(pad(r[1], 8, ".") .. "|" .. pad(tostring(r[2]), 4) .. "|") end
print(("-"):rep(14))
