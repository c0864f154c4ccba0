return struct.pack("bq", 1, 2)
