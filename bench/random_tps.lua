-- wrk script: GET /api/v1/tps/{id} with a random id in 1..MAX_ID per request.
-- MAX_ID comes from the environment (default 435296, the national TPS count).
-- Headers given with -H (the bearer token) are sent with every request.

local max_id = tonumber(os.getenv("MAX_ID") or "435296")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", 1000 + threads)
end

function init(args)
  math.randomseed(seed or 1000)
end

function request()
  return wrk.format(nil, "/api/v1/tps/" .. math.random(1, max_id))
end
