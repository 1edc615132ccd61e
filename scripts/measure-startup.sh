#!/usr/bin/env bash
# Measures the packaged application's start: time from launch to the first GraphQL answer, and the resident memory
# (RSS) then, for a first start (empty database: schema and dataset are written) and a second one (nothing to write).
#
#   scripts/measure-startup.sh [RUNS]        measures target/quarkus-app/quarkus-run.jar, or the native runner if
#                                            that is what target/quarkus-artifact.properties names
# Extra JVM options: JAVA_OPTS. JAVA: the java to run (default: java on the PATH). With AOT=1 (JAVA must then be a
# JDK 25, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java), a training run first writes a JDK AOT cache
# (scripts/training-requests.sh) that the measured runs use, and its size is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
artifact=$(grep '^path=' target/quarkus-artifact.properties | cut -d= -f2)
type=$(grep '^type=' target/quarkus-artifact.properties | cut -d= -f2)
port=18089

launch() {
  if [ "$type" = jar ]; then
    # shellcheck disable=SC2086
    ${JAVA:-java} ${JAVA_OPTS:-} -Dquarkus.http.port=$port -Dtelebarometer.data-dir="$1" -jar "target/$artifact" >"$1.log" 2>&1 &
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

if [ "${AOT:-}" = 1 ]; then
  bench/load-mix.sh target/startup-training >/dev/null
  dir=$(mktemp -d)
  JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCacheOutput=target/app.aot" launch "$dir/data" > "$dir/pid"
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do sleep 0.1; done
  scripts/training-requests.sh "http://localhost:$port" target/startup-training
  kill "$(cat "$dir/pid")"
  while kill -0 "$(cat "$dir/pid")" 2>/dev/null || pgrep -f "AOTCacheOutput=target/app.aot" >/dev/null; do sleep 0.2; done
  rm -rf "$dir"
  JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCache=target/app.aot"
  echo "AOT cache: $(stat -c %s target/app.aot | numfmt --to=si)B"
fi

echo "artifact: $type"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  measure "$dir/data" "first start (writes schema and dataset)"
  measure "$dir/data" "second start (dataset unchanged)"
  rm -rf "$dir"
done
