local cursor, count = '0', 0
repeat
  local res = redis.call('SCAN', cursor, 'MATCH', ARGV[1], 'COUNT', 100)
  cursor = res[1]
  for _, k in ipairs(res[2]) do
    if redis.call('TTL', k) == -1 then
      redis.call('EXPIRE', k, tonumber(ARGV[2]))
      count = count + 1
    end
  end
until cursor == '0'
return count
