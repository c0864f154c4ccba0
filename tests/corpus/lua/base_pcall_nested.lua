local function inner() error("inner error") end
local function outer()
  local ok, e = pcall(inner)
  error("outer saw: " .. e, 0)
end
print(pcall(outer))
print(pcall(pcall, pcall, error, "deep"))
local ok, a, b = pcall(pcall, function() return "v" end)
print(ok, a, b)
