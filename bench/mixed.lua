-- wrk script: a mix of GraphQL requests, as dashboards send them.
--   wrk -s bench/mixed.lua http://localhost:8090/graphql -- body1.json body2.json ...
-- Each request takes the next body in turn; one in ten asks not to be answered from the cache
-- (Cache-Control: no-cache), so that the mix computes as well as reads the cache. Prints one JSON line when done.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for _, file in ipairs(args) do
    local f = assert(io.open(file, "r"))
    table.insert(bodies, f:read("*a"))
    f:close()
  end
  counter = 0
  failed = 0
  graphql_errors = 0
end

function request()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json" }
  if counter % 10 == 0 then
    headers["Cache-Control"] = "no-cache"
  end
  return wrk.format("POST", nil, headers, bodies[(counter % #bodies) + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local failedTotal, errorsTotal = 0, 0
  for _, thread in ipairs(threads) do
    failedTotal = failedTotal + thread:get("failed")
    errorsTotal = errorsTotal + thread:get("graphql_errors")
  end
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, '
      .. '"http_errors": %d, "socket_errors": %d, "graphql_errors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failedTotal, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    errorsTotal))
end
