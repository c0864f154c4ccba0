-- Extend a lock only if we still own it; returns 1 on success
local owner = redis.call('GET', KEYS[1])
if owner ~= ARGV[1] then
  return redis.error_reply('NOTOWNER lock is held by another client')
end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
