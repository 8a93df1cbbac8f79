-- wrk script: POST /api/v1/incidents, each at a random TPS position of the
-- demo data (so it lies inside a registered desa) with a random type.
-- POINTS names a file of "lat lon" lines; the bearer token comes with -H.

local points = {}
local types = {"kerumunan", "provokasi", "gangguan_tps", "bentrok", "hoaks", "lainnya"}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", 7000 + threads)
end

function init(args)
  math.randomseed(seed or 7000)
  for line in io.lines(os.getenv("POINTS")) do
    local lat, lon = line:match("^(%S+) (%S+)$")
    if lat then points[#points + 1] = {lat, lon} end
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local p = points[math.random(1, #points)]
  local body = string.format(
    '{"type":"%s","description":"laporan uji beban %d","lat":%s,"lon":%s,"source":"operator_110"}',
    types[math.random(1, #types)], math.random(1, 1000000), p[1], p[2])
  return wrk.format(nil, nil, nil, body)
end
