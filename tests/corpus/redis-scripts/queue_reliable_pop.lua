local item = redis.call('RPOPLPUSH', KEYS[1], KEYS[2])
if not item then return nil end
redis.call('HSET', KEYS[3], item, ARGV[1])
redis.call('ZADD', KEYS[4], tonumber(ARGV[1]) + tonumber(ARGV[2]), item)
return item
