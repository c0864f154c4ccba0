local raw = redis.call('GET', KEYS[1])
local doc = raw and cjson.decode(raw) or {}
local path = {}
for part in string.gmatch(ARGV[1], '[^%.]+') do path[#path + 1] = part end
local node = doc
for i = 1, #path - 1 do
  local k = path[i]
  if type(node[k]) ~= 'table' then node[k] = {} end
  node = node[k]
end
node[path[#path]] = cjson.decode(ARGV[2])
local encoded = cjson.encode(doc)
redis.call('SET', KEYS[1], encoded)
return encoded
