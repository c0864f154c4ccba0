local x = 1
local function set(v) x = v end
local function get() return x end
set(5)
print(x, get())
local function nested()
  local function inner() x = x * 2 end
  inner()
end
nested()
print(x)
