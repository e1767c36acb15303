-- One request against a caller's limits, in one round trip: its token bucket first and, only when
-- the bucket had a token, its daily quota (so refused requests never eat the quota).
--
-- KEYS[1]  the bucket, a hash of tokens left and when they were counted (seconds, Redis's clock)
-- KEYS[2]  the day's request counter
--          (both keys carry the caller's hash tag: a Redis Cluster keeps them in one slot, as a script needs)
-- ARGV[1]  tokens added per second      ARGV[2]  most tokens the bucket holds
-- ARGV[3]  requests a day (0: no quota) ARGV[4]  seconds the day's counter lives
--
-- Returns 0 when the request may go on, 1 when the bucket is empty, 2 when the day's quota is used up.
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local quota = tonumber(ARGV[3])

-- Redis's clock, never a gateway replica's: replicas share the bucket and their clocks differ.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local counted = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - counted) * rate)
if tokens < 1 then
  -- Nothing is written: the refill keeps counting from the last time a token was taken.
  return 1
end
redis.call('HSET', KEYS[1], 'tokens', tokens - 1, 'at', now)
-- An idle bucket is full again after capacity / rate seconds; then it need not be kept.
redis.call('EXPIRE', KEYS[1], math.ceil(capacity / rate) + 1)

if quota > 0 then
  local used = redis.call('INCR', KEYS[2])
  if used == 1 then
    redis.call('EXPIRE', KEYS[2], ARGV[4])
  end
  if used > quota then
    return 2
  end
end
return 0
