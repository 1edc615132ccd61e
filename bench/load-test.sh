#!/usr/bin/env bash
# Load test: 60 s of mixed GraphQL requests at 64 connections on loopback (after 10 s of warm-up), against the
# packaged application on the 10k synthetic dataset (bench/generate.py, imported with the import command), in a
# 256 MB heap as in a container. A request not answered within 30 s counts as failed.
# Fails unless every request succeeded (HTTP 200, no GraphQL error, no socket error) and the process's memory (RSS)
# did not grow between the second and the last 10 seconds (10 % tolerance).
#
#   bench/load-test.sh            settings: DURATION (60), CONNECTIONS (64), PORT (8091), APP (target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-60}
connections=${CONNECTIONS:-64}
port=${PORT:-8091}
app=${APP:-$PWD/target/quarkus-app}
work=$PWD/bench/work/load-test
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$app/quarkus-run.jar" ] || { echo "no packaged application in $app: ./mvnw -DskipTests package" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
bench/load-mix.sh "$work"
java -Dtelebarometer.data-dir="$work/data" -jar "$app/quarkus-run.jar" import --as load-test "$work"/files/*.json \
  > "$work/import.log" 2>&1

# the heap's pages are touched at start (AlwaysPreTouch): the RSS then grows only if memory leaks
java -Xms256m -Xmx256m -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -Dtelebarometer.data-dir="$work/data" -Dquarkus.http.port="$port" \
  -jar "$app/quarkus-run.jar" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/q/health/ready" >/dev/null && break; sleep 0.5; done
# warm-up (JIT, caches), not measured
wrk -t2 -c"$connections" -d10s --timeout 30s -s bench/graphql.lua "http://localhost:$port/graphql" \
  -- "$work"/*.json no-cache-every=10 > "$work/warm-up.txt"

(for second in $(seq 1 "$duration"); do
  awk -v s="$second" '/VmRSS/ { print s, $2 }' "/proc/$pid/status"
  sleep 1
done) > "$work/rss.txt" &
sampler=$!
result=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s bench/graphql.lua "http://localhost:$port/graphql" \
  -- "$work"/*.json no-cache-every=10 | tail -1)
wait $sampler

python3 - "$result" "$work/rss.txt" "$duration" <<'PY'
import json, sys
result, rss_file, duration = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
samples = [tuple(map(int, line.split())) for line in open(rss_file) if line.strip()]
second = [kb for s, kb in samples if 10 < s <= 20]
last = [kb for s, kb in samples if s > duration - 10]
errors = result["http_errors"] + result["socket_errors"] + result["graphql_errors"]
growth = (sum(last) / len(last)) / (sum(second) / len(second)) - 1
print(f'{result["requests"]} requests, {result["rps"]:.0f}/s, p50 {result["p50_ms"]:.1f} ms, '
      f'p99 {result["p99_ms"]:.1f} ms; errors: {errors} ({result}); '
      f'RSS {sum(second) / len(second) / 1024:.0f} MB in 10-20 s, {sum(last) / len(last) / 1024:.0f} MB in the '
      f'last 10 s ({growth:+.1%})')
failures = []
if result["requests"] == 0:
    failures.append("no request was answered")
if errors:
    failures.append(f"{errors} requests failed")
if growth > 0.10:
    failures.append(f"memory grew by {growth:.1%}")
if failures:
    sys.exit("LOAD TEST FAILED: " + "; ".join(failures))
print("load test passed")
PY
