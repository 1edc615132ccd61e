-- wrk script: POSTs one GraphQL request (a JSON body file) and counts the answers that are not a clean 200.
--   wrk -s bench/graphql.lua http://localhost:8090/graphql -- body.json [no-cache]
-- With a body file of "-", it GETs the URL instead (the health endpoint). Prints one JSON line when done.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  if file ~= "-" then
    local f = assert(io.open(file, "r"))
    wrk.method = "POST"
    wrk.body = f:read("*a")
    f:close()
    wrk.headers["Content-Type"] = "application/json"
  end
  if args[2] == "no-cache" then
    wrk.headers["Cache-Control"] = "no-cache"
  end
  failed = 0
  graphql_errors = 0
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
