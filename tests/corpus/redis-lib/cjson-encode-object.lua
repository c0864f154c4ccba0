local out = {}
out[#out + 1] = cjson.encode({a = 1})
out[#out + 1] = cjson.encode({[0] = "zero"})
out[#out + 1] = cjson.encode({[-1] = "neg"})
out[#out + 1] = cjson.encode({[1.5] = "frac"})
out[#out + 1] = cjson.encode({nested = {deeper = {x = "y"}}})
out[#out + 1] = cjson.encode({list = {1, 2}, name = "n"}):len()
local t = cjson.decode(cjson.encode({alpha = 1, beta = {2, 3}, gamma = "g"}))
out[#out + 1] = t.alpha .. t.beta[2] .. t.gamma
return table.concat(out, " ")
