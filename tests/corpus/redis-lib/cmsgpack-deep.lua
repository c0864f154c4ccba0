-- nesting bounded by Lua 5.1's C stack limit (LUAI_MAXCSTACK slots)
local out = {}
for _, n in ipairs({3998, 3999, 4000}) do
  local ok, v = pcall(cmsgpack.unpack, string.rep("\145", n) .. "\1")
  out[#out + 1] = n .. ":" .. tostring(ok) .. (ok and "" or ":" .. tostring(v))
  ok, v = pcall(cmsgpack.unpack, string.rep("\129\1", n) .. "\1")
  out[#out + 1] = n .. "m:" .. tostring(ok) .. (ok and "" or ":" .. tostring(v))
end
for _, n in ipairs({7997, 7998, 7999}) do
  local ok, v = pcall(function() return select("#", cmsgpack.unpack(string.rep("\1", n))) end)
  out[#out + 1] = n .. "v:" .. tostring(ok) .. ":" .. tostring(v)
  ok, v = pcall(function() return select("#", cmsgpack.unpack(string.rep("\1", n), 1, 2)) end)
  out[#out + 1] = n .. "x:" .. tostring(ok) .. ":" .. tostring(v)
end
return table.concat(out, " ")
