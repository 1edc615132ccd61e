#!/usr/bin/env bash
# Measures the packaged application's start: time from launch to the first GraphQL answer, and the resident memory
# (RSS) then, for a first start (empty database: schema and dataset are written) and a second one (nothing to write).
#
#   scripts/measure-startup.sh [RUNS]        measures target/quarkus-app/quarkus-run.jar, or the native runner if
#                                            that is what target/quarkus-artifact.properties names
# Extra JVM options: JAVA_OPTS (e.g. JAVA_OPTS=-XX:SharedArchiveFile=... for an AppCDS archive).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
artifact=$(grep '^path=' target/quarkus-artifact.properties | cut -d= -f2)
type=$(grep '^type=' target/quarkus-artifact.properties | cut -d= -f2)
port=18089

launch() {
  if [ "$type" = jar ]; then
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -Dquarkus.http.port=$port -Dtelebarometer.data-dir="$1" -jar "target/$artifact" >"$1.log" 2>&1 &
  else
    "target/$artifact" -Dquarkus.http.port=$port -Dtelebarometer.data-dir="$1" >"$1.log" 2>&1 &
  fi
  echo $!
}

measure() {
  local dir=$1 start pid ms rss
  start=$(date +%s%N)
  pid=$(launch "$dir")
  until curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ metrics { code } }"}' \
      "http://localhost:$port/graphql"; do sleep 0.01; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  printf '%s\t%s ms\t%s MB\n' "$2" "$ms" "$rss"
}

echo "artifact: $type"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  measure "$dir/data" "first start (writes schema and dataset)"
  measure "$dir/data" "second start (dataset unchanged)"
  rm -rf "$dir"
done
