#!/usr/bin/env bash
# The search's price against the slice's, in alternating rounds on one running application (issue 27's goal: a search
# for a page of 20 costs no more than a slice of 100). Run bench/run.sh SIZE first: it generates and imports the data.
#
#   bench/search-ratio.sh [SIZE] [ROUNDS]     SIZE: 10k, 100k or 1m (default 100k); ROUNDS (default 5)
#
# Each round runs the slice then the search, computed every time (Cache-Control: no-cache), DURATION each (default
# 10s), and prints both rates and search ÷ slice; the last line is the median ratio. Both queries share each round's
# moment, so the ratio holds on a busy or slow machine where the rates do not.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100k}
rounds=${2:-5}
duration=${DURATION:-10s}
port=${PORT:-8090}
app=${APP:-target/quarkus-app}
dir=$PWD/bench/work/$size
[ -d "$dir/data" ] || { echo "no data in $dir: run bench/run.sh $size first" >&2; exit 64; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
for name in slice search; do
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' \
    "bench/queries/$name.graphql" > "$dir/$name.json"
done
java ${JAVA_OPTS:--Xmx512m} -Dtelebarometer.data-dir="$dir/data" -Dquarkus.http.port="$port" \
  -jar "$app/quarkus-run.jar" > "$dir/ratio-app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
  kill -0 $pid 2>/dev/null || { tail -20 "$dir/ratio-app.log" >&2; exit 1; }
  sleep 0.5
done
url=http://localhost:$port/graphql
curl -sf -o /dev/null -H 'Content-Type: application/json' --data @"$dir/search.json" "$url"
rate() { # body-file
  wrk -t2 -c16 -d"$1" --timeout 10s -s bench/graphql.lua "$url" -- "$2" no-cache | tail -1 \
    | python3 -c 'import json, sys; print(round(json.load(sys.stdin)["rps"]))'
}
# warm-up: on 2 cores the JIT compiles for a minute after the start, taking a core the rounds would share with it
for _ in 1 2 3; do for name in slice search; do rate 10s "$dir/$name.json" >/dev/null; done; done
ratios=()
for round in $(seq 1 "$rounds"); do
  slice=$(rate "$duration" "$dir/slice.json")
  search=$(rate "$duration" "$dir/search.json")
  ratio=$(python3 -c "print(f'{$search / max(1, $slice):.2f}')")
  ratios+=("$ratio")
  echo "round $round: slice $slice req/s, search $search req/s, search ÷ slice $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { print "median search ÷ slice: " r[int((NR + 1) / 2)] }'
echo "peak RSS of the process: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status); $(grep -o 'Search index built.*' "$dir/ratio-app.log")"
