local board, player, points = KEYS[1], ARGV[1], tonumber(ARGV[2])
local score = redis.call('ZINCRBY', board, points, player)
local rank = redis.call('ZREVRANK', board, player)
local top = redis.call('ZREVRANGE', board, 0, 9, 'WITHSCORES')
local result = { tostring(score), rank + 1 }
for i = 1, #top, 2 do
  result[#result + 1] = top[i] .. '=' .. top[i + 1]
end
return result
