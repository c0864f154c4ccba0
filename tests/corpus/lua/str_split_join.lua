local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
local p = split("a,b,,c", ",")
print(#p, table.concat(p, "|"))
p = split("one.two.three", ".")
print(#p, p[3])
