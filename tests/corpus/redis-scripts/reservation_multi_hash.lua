-- Reserve seats across several hashes atomically, or none of them
local n = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local free = tonumber(redis.call('HGET', key, 'free') or '0')
  if free < n then
    return redis.error_reply(string.format('not enough seats in %s (%d < %d)', key, free, n))
  end
end
for _, key in ipairs(KEYS) do
  redis.call('HINCRBY', key, 'free', -n)
  redis.call('HINCRBY', key, 'reserved', n)
end
return redis.status_reply('OK')
