local out = {}
for i = 0, 31, 3 do
  local m = bit.lshift(1, i)
  out[#out + 1] = bit.tohex(bit.bor(m, bit.rshift(m, 1))) .. ":" .. bit.band(bit.bnot(m), 0xffff)
end
return table.concat(out, ",")
