#!/usr/bin/env bash
# Where a computed query spends its CPU and its memory: runs the packaged application on an existing H2 data
# directory, loads it with wrk (Cache-Control: no-cache: every answer computed), and reports, over a measured window
# after a warm-up: the application's CPU time per request (steadier than throughput on a shared machine), bytes allocated per request and GC pause time (Micrometer's jvm_gc_memory_allocated_bytes_total
# and jvm_gc_pause_seconds_sum in /q/metrics), the process's RSS, and the top allocation and execution frames of a
# flight recording (JFR, started with the JVM: starting one under load deoptimises the running code).
#
#   bench/profile.sh DATA_DIR QUERY.graphql [more.graphql...]
#
# DATA_DIR: an H2 data directory with data (bench/run.sh and the peer benchmark leave one: bench/work/peer/h2data);
# or, with DB_URL=jdbc:postgresql://... (and DB_USER, DB_PASSWORD), the PostgreSQL build (APP) on that database.
# Settings (environment): APP (target/quarkus-app/quarkus-run.jar), JAVA_OPTS (-Xmx256m), JFR_SETTINGS (default;
# none: no recording), DURATION (20s),
# WARMUP (45s: the JIT needs it), CONNECTIONS (16), THREADS (2), PORT (8095), TOP (15). Results in bench/work/profile/.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?"usage: bench/profile.sh DATA_DIR QUERY.graphql..."}; shift
[ $# -gt 0 ] || { echo "usage: bench/profile.sh DATA_DIR QUERY.graphql..." >&2; exit 64; }
APP=${APP:-target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-45s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8095}
TOP=${TOP:-15}
OUT=bench/work/profile
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

bodies=()
for query in "$@"; do
  body=$OUT/$(basename "${query%.graphql}").json
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$query" > "$body"
  bodies+=("$body")
done

JFR_SETTINGS=${JFR_SETTINGS:-default}
recording=
[ "$JFR_SETTINGS" = none ] || recording="-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=$JFR_SETTINGS,filename=$(realpath "$OUT")/profile.jfr"
database="-Dtelebarometer.data-dir=$(realpath "$DATA")"
[ -z "${DB_URL:-}" ] || database="-Dquarkus.datasource.jdbc.url=$DB_URL -Dquarkus.datasource.username=${DB_USER:-telebarometer} -Dquarkus.datasource.password=${DB_PASSWORD:-telebarometer}"
# shellcheck disable=SC2086
java $JAVA_OPTS $recording $database -Dquarkus.http.port="$PORT" -jar "$APP" \
  > "$OUT/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "the application died: $OUT/app.log" >&2; exit 1; }
  sleep 0.5
done

wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s bench/graphql.lua "http://127.0.0.1:$PORT/graphql" -- "${bodies[@]}" \
  no-cache > /dev/null
metric() { # the sum of a metric's series in /q/metrics
  curl -sf "http://127.0.0.1:$PORT/q/metrics" | awk -v name="$1" '$1 == name || index($1, name "{") == 1 { s += $NF } END { printf "%.6f\n", s }'
}
cpu() { awk '{ print $14 + $15 }' /proc/$pid/stat; }   # user + system time of the process, in clock ticks
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }   # the machine's busy time, in clock ticks
cpu_before=$(cpu)
busy_before=$(busy)
allocated_before=$(metric jvm_gc_memory_allocated_bytes_total)
paused_before=$(metric jvm_gc_pause_seconds_sum)
started=$(date +%s.%N)
result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/graphql.lua "http://127.0.0.1:$PORT/graphql" \
  -- "${bodies[@]}" no-cache | tail -1)
ended=$(date +%s.%N)
cpu_ticks=$(( $(cpu) - cpu_before ))
busy_ticks=$(( $(busy) - busy_before ))
allocated=$(python3 -c "print($(metric jvm_gc_memory_allocated_bytes_total) - $allocated_before)")
paused=$(python3 -c "print($(metric jvm_gc_pause_seconds_sum) - $paused_before)")
rss=$(awk '/VmRSS/ { print int($2 / 1024) }' /proc/$pid/status)
kill $pid
wait $pid 2>/dev/null || true
trap - EXIT

rm -f "$OUT/allocations.txt" "$OUT/executions.txt"
if [ -f "$OUT/profile.jfr" ] && [ "$JFR_SETTINGS" != none ]; then
  jfr print --stack-depth 200 --events jdk.ObjectAllocationSample "$OUT/profile.jfr" > "$OUT/allocations.txt"
  jfr print --stack-depth 200 --events jdk.ExecutionSample "$OUT/profile.jfr" > "$OUT/executions.txt"
  rm -f "$OUT/profile.jfr"
fi
python3 - "$result" "$started" "$ended" "$rss" "$OUT" "$TOP" "$JAVA_OPTS" "$*" "$allocated" "$paused" "$cpu_ticks" "$(getconf CLK_TCK)" "$busy_ticks" <<'PY'
import collections, json, os, re, sys
result, started, ended, rss, out, top, java_opts, queries, total, pauses, ticks, tick_rate, busy = sys.argv[1:]
run = json.loads(result)
window = float(ended) - float(started)
total, pauses = float(total), float(pauses)
requests = max(1, run["requests"])

def frames(path, weight_key):
    counts = collections.Counter()
    text = open(path).read()
    for block in text.split("\n}\n"):
        stack = re.findall(r"^\s+([\w.$<>]+)\(", block, re.M)
        if not stack:
            continue
        weight = 1
        if weight_key:
            m = re.search(weight_key + r" = ([\d.]+) (\w+)", block)
            if m:
                weight = float(m.group(1)) * {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}.get(m.group(2), 1)
        app = next((f for f in stack if f.startswith("org.telebarometer")), None)
        counts[(stack[0], app or "-")] += weight
    return counts

print(f"# Profile: {queries}\n")
print(f"JAVA_OPTS {java_opts}; {run['requests']} requests in {window:.1f} s ({run['rps']:.0f} req/s, p50 {run['p50_ms']:.1f} ms, "
      f"p99 {run['p99_ms']:.1f} ms, {run['http_errors']} HTTP errors, {run['graphql_errors']} with errors)\n")
print(f"- CPU of the application: **{1000 * float(ticks) / float(tick_rate) / requests:.2f} ms per request** "
      f"(the whole machine, wrk and any database included: {1000 * float(busy) / float(tick_rate) / requests:.2f} ms)")
print(f"- allocated: {total / 1e6:.0f} MB in all, **{total / requests / 1e6:.2f} MB per request**")
print(f"- GC pauses: {pauses:.2f} s, **{100 * pauses / window:.1f} % of the window**")
print(f"- RSS at the end: **{rss} MB**\n")
for title, path, key in (("Allocation (sampled weight)", out + "/allocations.txt", "weight"),
                         ("Execution (samples)", out + "/executions.txt", None)):
    if not os.path.exists(path):
        continue
    counts = frames(path, key)
    grand = sum(counts.values()) or 1
    print(f"## {title}: top frames\n\n| top frame | first frame of telebarometer | share |\n|---|---|---:|")
    for (frame, app), weight in counts.most_common(int(top)):
        print(f"| `{frame}` | `{app}` | {100 * weight / grand:.1f} % |")
    print()
PY
