return cjson.encode({[1] = 1, [100] = 2})
