return cmsgpack.unpack("\145")
