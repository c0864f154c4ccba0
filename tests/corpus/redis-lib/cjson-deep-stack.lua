-- with the depth limits raised, Lua 5.1's C stack limit still applies
cjson.encode_max_depth(100000)
cjson.decode_max_depth(100000)
local out = {}
for _, n in ipairs({3998, 3999, 4000, 7996, 7997, 7998}) do
  local arr = string.rep("[", n) .. string.rep("]", n)
  local ok, v = pcall(cjson.decode, arr)
  out[#out + 1] = n .. "a:" .. tostring(ok) .. (ok and "" or ":" .. v)
  local obj = string.rep('{"k":', n) .. "1" .. string.rep("}", n)
  ok, v = pcall(cjson.decode, obj)
  out[#out + 1] = n .. "o:" .. tostring(ok) .. (ok and "" or ":" .. v)
  local t = {} local cur = t
  for i = 2, n do cur[1] = {} cur = cur[1] end
  ok, v = pcall(cjson.encode, t)
  out[#out + 1] = n .. "ea:" .. tostring(ok) .. (ok and "" or ":" .. v)
  t = {} cur = t
  for i = 2, n do cur.k = {} cur = cur.k end
  ok, v = pcall(cjson.encode, t)
  out[#out + 1] = n .. "eo:" .. tostring(ok) .. (ok and "" or ":" .. v)
end
-- Redis keeps one Lua state across EVALs: put the defaults back
cjson.encode_max_depth(1000)
cjson.decode_max_depth(1000)
return table.concat(out, " ")
