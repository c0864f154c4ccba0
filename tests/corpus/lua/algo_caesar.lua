local function caesar(s, k)
  return (s:gsub("%a", function(c)
    local base = c:match("%l") and 97 or 65
    return string.char((c:byte() - base + k) % 26 + base)
  end))
end
local e = caesar("Hello, World!", 3)
print(e, caesar(e, -3), caesar("xyz", 29))
