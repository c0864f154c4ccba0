local function pair()
  local v = 0
  local function set(x) v = x end
  local function get() return v end
  return set, get
end
local s1, g1 = pair()
local s2, g2 = pair()
s1(5) s2(7)
print(g1(), g2())
