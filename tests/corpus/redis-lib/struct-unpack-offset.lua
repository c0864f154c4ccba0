local out = {}
local s = struct.pack(">hhh", 1, 2, 3)
out[#out + 1] = table.concat({struct.unpack(">h", s, 3)}, ":")
out[#out + 1] = table.concat({struct.unpack(">hh", s, 3)}, ":")
out[#out + 1] = table.concat({struct.unpack(">h", s, 5)}, ":")
out[#out + 1] = table.concat({struct.unpack("", s, 7)}, ":")
out[#out + 1] = table.concat({struct.unpack("x>h", s, 2)}, ":")
return table.concat(out, ",")
