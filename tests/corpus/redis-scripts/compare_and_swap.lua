local cur = redis.call('GET', KEYS[1])
if cur == false then cur = nil end
if cur == ARGV[1] or (ARGV[1] == '' and cur == nil) then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  return 1
end
return {err = 'CAS mismatch: ' .. tostring(cur)}
