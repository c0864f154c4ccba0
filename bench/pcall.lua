-- Protected calls and errors: pcall on the fast path and with errors caught.
local function ok(x) return x + 1 end
local function bad(x) error("bad " .. x) end
local n, e = 0, 0
for i = 1, 2000000 do
  local s, v = pcall(ok, i)
  if s then n = n + v end
end
for i = 1, 200000 do
  local s = pcall(bad, i)
  if not s then e = e + 1 end
end
print(n, e)
