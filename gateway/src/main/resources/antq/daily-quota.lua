-- Counts one request against a daily quota. KEYS[1] names the caller and the day; the first count of
-- the day sets its expiry (ARGV[1] seconds), so counters of past days disappear on their own.
local used = redis.call('incr', KEYS[1])
if used == 1 then
  redis.call('expire', KEYS[1], ARGV[1])
end
return used
