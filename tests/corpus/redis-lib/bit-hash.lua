-- FNV-1a style hash built from bit operations
local h = 0x811c9dc5
local s = "the quick brown fox jumps over the lazy dog"
for i = 1, #s do
  h = bit.bxor(h, s:byte(i))
  h = bit.tobit(h * 16777619 % 2^32)
end
local crc = 0
for i = 1, 100 do
  crc = bit.bxor(bit.rol(crc, 5), i * 7919)
  crc = bit.band(crc, 0xffffff)
end
return bit.tohex(h) .. " " .. bit.tohex(crc, -8)
