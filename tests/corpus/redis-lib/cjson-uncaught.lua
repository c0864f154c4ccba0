local v = cjson.decode('{"a": [1, 2}')
return tostring(v)
