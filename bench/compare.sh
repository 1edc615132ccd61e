#!/usr/bin/env bash
# Compares two builds of telebarometer on the same data in the same rounds: each query computed (Cache-Control:
# no-cache) by one build, then the other, round after round, so that both share the machine's moods. Prints req/s per
# round and the ratio B/A (above 1: B answers more), then each build's resident memory (RSS) after the rounds.
#
#   bench/compare.sh APP-A APP-B        APP: a copy of target/quarkus-app, or a native executable
#
# Generates OBSERVATIONS (100000) synthetic observations (bench/generate.py), imports them once with A's import command
# into an H2 database, and starts each build on its own copy of it. Settings: ROUNDS (3), DURATION (15s),
# CONNECTIONS (16), THREADS (2), JAVA_OPTS (-Xmx512m), NATIVE_OPTS (-Xmx128m, as in ../shared/bench-peer), QUERIES
# (slice history: files of bench/queries/).
set -euo pipefail
cd "$(dirname "$0")/.."
app_a=$1
app_b=$2
observations=${OBSERVATIONS:-100000}
rounds=${ROUNDS:-3}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
queries=(${QUERIES:-slice history})
work=$PWD/bench/work/compare
ports=(8095 8096)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
python3 bench/generate.py --observations "$observations" --out "$work/files" >/dev/null
launch() { # app, then its arguments: a native executable, or the JVM on a copy of target/quarkus-app; replaces the
  # shell it runs in, so that a launch in the background leaves the application's own process id in $!
  local app=$1
  shift
  if [ -f "$app" ]; then
    # shellcheck disable=SC2086
    exec "$app" ${NATIVE_OPTS:--Xmx128m} "$@"
  else # the JVM takes the -D options before -jar
    local properties=() arguments=() argument
    for argument in "$@"; do
      if [[ "$argument" == -D* ]]; then properties+=("$argument"); else arguments+=("$argument"); fi
    done
    # shellcheck disable=SC2086
    exec java ${JAVA_OPTS:--Xmx512m} "${properties[@]}" -jar "$app/quarkus-run.jar" "${arguments[@]}"
  fi
}
(NATIVE_OPTS=-Xmx512m launch "$app_a" -Dtelebarometer.data-dir="$work/data" import --as compare "$work"/files/*.json) \
  > "$work/import.log" 2>&1
for query in "${queries[@]}"; do
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "bench/queries/$query.graphql" \
    > "$work/$query.json"
done

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
apps=("$app_a" "$app_b")
for i in 0 1; do
  cp -r "$work/data" "$work/data-$i"
  launch "${apps[$i]}" -Dtelebarometer.data-dir="$work/data-$i" -Dquarkus.http.port="${ports[$i]}" \
    > "$work/app-$i.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
done

run() { # port query duration
  wrk -t"$threads" -c"$connections" -d"$3" --timeout 30s -s bench/graphql.lua "http://localhost:$1/graphql" \
    -- "$work/$2.json" no-cache | tail -1
}
for query in "${queries[@]}"; do
  for port in "${ports[@]}"; do run "$port" "$query" 5s > /dev/null; done   # warm-up
done
echo "| query | round | A req/s | B req/s | B / A |"
echo "|---|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
  for query in "${queries[@]}"; do
    a=$(run "${ports[0]}" "$query" "$duration")
    b=$(run "${ports[1]}" "$query" "$duration")
    python3 - "$query" "$round" "$a" "$b" <<'PY'
import json, sys
query, round_, a, b = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
for name, r in (("A", a), ("B", b)):
    errors = r["http_errors"] + r["socket_errors"] + r["graphql_errors"]
    if errors:
        sys.exit(f"{name} answered {errors} requests with errors: {r}")
print(f'| {query} | {round_} | {a["rps"]:.0f} | {b["rps"]:.0f} | {b["rps"] / a["rps"]:.2f} |')
PY
  done
done
for i in 0 1; do
  echo "RSS after the rounds, $([ "$i" = 0 ] && echo A || echo B): $(awk '/VmRSS/ {print int($2 / 1024)}' \
    "/proc/${pids[$i]}/status") MB"
done
