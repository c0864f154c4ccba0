-- Fixed-window rate limiter: KEYS[1] counter, ARGV[1] limit, ARGV[2] window seconds
local current = redis.call('INCR', KEYS[1])
if current == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
if current > tonumber(ARGV[1]) then
  return {0, redis.call('TTL', KEYS[1])}
end
return {1, tonumber(ARGV[1]) - current}
