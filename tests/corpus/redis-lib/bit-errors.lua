local out = {}
local function try(f, ...)
  local ok, err = pcall(f, ...)
  out[#out + 1] = tostring(ok) .. ":" .. tostring(err)
end
try(bit.tobit, "x")
try(bit.tobit)
try(bit.band, 1, 2, {})
try(bit.lshift, 1)
try(bit.tohex, nil)
try(bit.bnot, true)
try(bit.bor, 1, "z")
return table.concat(out, "|")
