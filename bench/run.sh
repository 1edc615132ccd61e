#!/usr/bin/env bash
# Benchmarks telebarometer on synthetic département-level data, through the normal import path.
#
#   bench/run.sh [SIZE...]        SIZE: 10k, 100k or 1m (default: all three)
#
# For each size: generates the publication files (bench/generate.py), imports them with the application's import
# command into a fresh database, starts the application, then drives it with wrk (bench/graphql.lua) on loopback:
# /q/health/live (the HTTP layer's ceiling), then each query of bench/queries/, first answered from the response cache
# (the same request repeated), then computed every time (Cache-Control: no-cache). SQL statements per request are
# read from Hibernate's statistics in /q/metrics, the peak RSS from /proc. Prints a Markdown table and keeps it in
# bench/work/results.md.
#
# Settings (environment): DURATION (default 20s per run), CONNECTIONS (16), THREADS (2), PORT (8090),
# APP (target/quarkus-app, built with ./mvnw -DskipTests package when missing), JAVA_OPTS (-Xmx512m).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/bench/work
duration=${DURATION:-20s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
port=${PORT:-8090}
app=${APP:-$root/target/quarkus-app}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10k 100k 1m)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f "$app/quarkus-run.jar" ] || ./mvnw -q -DskipTests package

observations_of() {
  case $1 in 10k) echo 10000 ;; 100k) echo 100000 ;; 1m) echo 1000000 ;; *) echo "unknown size $1" >&2; exit 64 ;; esac
}

statements() {
  curl -sf "http://localhost:$port/q/metrics" | awk '/^hibernate_statements_total.*status="prepared"/ { print $2 }'
}

# waits until the application has finished the requests wrk left behind (at most 2 minutes), so that a heavy row does
# not slow the next one down
drain() {
  for _ in $(seq 1 240); do
    active=$(curl -sf "http://localhost:$port/q/metrics" | awk '/^http_server_active_requests[ {]/ { print int($NF) }')
    [ "${active:-0}" -le 1 ] && return 0
    sleep 0.5
  done
}

run_wrk() { # name url body-file [no-cache]
  local before after result
  drain
  before=$(statements)
  result=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s bench/graphql.lua "$2" -- "$3" ${4:-} | tail -1)
  after=$(statements)
  python3 - "$1" "$result" "$before" "$after" <<'PY'
import json, sys
name, result, before, after = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
per_request = (after - before) / max(1, result["requests"])
errors = result["http_errors"] + result["socket_errors"] + result["graphql_errors"]
print(f'{name}|{result["rps"]:.0f}|{result["p50_ms"]:.2f}|{result["p99_ms"]:.2f}|{per_request:.2f}|{errors}')
PY
}

body_of() { # query file -> JSON request body file
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1" > "$2"
}

bench_size() {
  local size=$1 dir=$work/$1 pid
  mkdir -p "$dir"
  python3 bench/generate.py --observations "$(observations_of "$size")" --out "$dir/files" >&2
  rm -rf "$dir/data"
  local started=$SECONDS
  java $JAVA_OPTS_IMPORT -Dtelebarometer.data-dir="$dir/data" -jar "$app/quarkus-run.jar" import --as bench \
    "$dir"/files/*.json > "$dir/import.log" 2>&1
  echo "imported $(grep -c ' CREATED (' "$dir/import.log") publications in $((SECONDS - started)) s" >&2
  java ${JAVA_OPTS:--Xmx512m} -Dtelebarometer.data-dir="$dir/data" -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" \
    > "$dir/app.log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
  # the heaviest last: what it leaves running must not weigh on the others
  local queries=(slice search history timeline discrepancies)
  for name in "${queries[@]}"; do
    body_of "bench/queries/$name.graphql" "$dir/$name.json"
  done
  # the search index is built on a worker after the start: the first search waits for it (its time is in the log)
  local indexing=$SECONDS
  curl -sf -o /dev/null -H 'Content-Type: application/json' --data @"$dir/search.json" "http://localhost:$port/graphql"
  echo "search index ready $((SECONDS - indexing)) s after readiness" >&2
  # warm-up: JIT, caches, connection pool
  for name in "${queries[@]}"; do
    wrk -t1 -c2 -d5s -s bench/graphql.lua "http://localhost:$port/graphql" -- "$dir/$name.json" no-cache >/dev/null
  done
  {
    run_wrk "health (HTTP ceiling)" "http://localhost:$port/q/health/live" -
    for name in "${queries[@]}"; do
      run_wrk "$name, cached" "http://localhost:$port/graphql" "$dir/$name.json"
      run_wrk "$name, computed" "http://localhost:$port/graphql" "$dir/$name.json" no-cache
    done
  } | sed "s/^/$size|/"
  echo "$size|peak RSS|$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status)"
  kill $pid
  wait $pid 2>/dev/null || true
  trap - EXIT
}

# one transaction for the whole import: at 1 M observations it outlasts the default 60 s transaction timeout
JAVA_OPTS_IMPORT=${JAVA_OPTS_IMPORT:--Dquarkus.transaction-manager.default-transaction-timeout=30m}
{
  echo "| size | request | req/s | p50 ms | p99 ms | SQL statements / request | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for size in "${sizes[@]}"; do
    bench_size "$size" | while IFS='|' read -r s name rest; do
      if [ "$name" = "peak RSS" ]; then echo "| $s | peak RSS of the process: $rest | | | | | |"; else echo "| $s | $name | ${rest//|/ | } |"; fi
    done
  done
  echo
  echo "wrk: $threads threads, $connections connections, $duration per row; $(nproc) cores; $(date -u +%Y-%m-%d)."
} | tee "$work/results.md"
