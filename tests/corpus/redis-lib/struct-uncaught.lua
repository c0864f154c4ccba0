local s = struct.pack("i", 1)
return struct.unpack("ii", s)
