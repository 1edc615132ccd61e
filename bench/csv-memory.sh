#!/usr/bin/env bash
# Memory of the CSV export of 100 k rows: runs the packaged application on an H2 data directory with about 100 k
# observations (the peer benchmark leaves one: bench/work/peer/h2data), downloads /api/observations.csv (every row)
# RUNS times, and reports the bytes allocated per export (Micrometer's jvm_gc_memory_allocated_bytes_total), the
# answer's size and the process's peak RSS.
#
#   bench/csv-memory.sh DATA_DIR        settings: APP (target/quarkus-app/quarkus-run.jar), JAVA_OPTS (-Xmx512m),
#                                       RUNS (5), PORT (8097)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?"usage: bench/csv-memory.sh DATA_DIR"}
app=${APP:-target/quarkus-app/quarkus-run.jar}
port=${PORT:-8097}
runs=${RUNS:-5}
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx512m} -Dtelebarometer.data-dir="$(realpath "$data")" -Dquarkus.http.port="$port" -jar "$app" \
  > /tmp/csv-memory.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.3; done
allocated() {
  curl -sf "http://localhost:$port/q/metrics" | awk '/^jvm_gc_memory_allocated_bytes_total/ { print $NF }'
}
curl -sf -o /dev/null "http://localhost:$port/api/observations.csv"   # warm-up
before=$(allocated)
for _ in $(seq 1 "$runs"); do
  size=$(curl -sf -o /dev/null -w '%{size_download}' "http://localhost:$port/api/observations.csv")
done
after=$(allocated)
rows=$(curl -sf "http://localhost:$port/api/observations.csv" | wc -l)
python3 - "$before" "$after" "$runs" "$size" "$rows" "$(awk '/VmHWM/ { print int($2 / 1024) }' /proc/$pid/status)" <<'PY'
import sys
before, after, runs, size, rows, peak = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
print(f"{rows - 1} rows, {size / 1e6:.1f} MB of CSV; {(after - before) / runs / 1e6:.0f} MB allocated per export; peak RSS {peak} MB")
PY
