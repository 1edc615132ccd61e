#!/usr/bin/env bash
# Measures the packaged application's start: time from launch to the first GraphQL answer, and the resident memory
# (RSS) then; time to the first search's answer (it waits for the search index); the CPU time the start used. For a
# first start (empty data folder: schema and dataset are written, or, native, copied from the build's seed) and a
# second one (nothing to write).
#
#   scripts/measure-startup.sh [RUNS]               target/quarkus-app/quarkus-run.jar, or the native runner if that
#                                                   is what target/quarkus-artifact.properties names
#   scripts/measure-startup.sh RUNS APP...          several builds (copies of target/quarkus-app, or native
#                                                   executables), their runs interleaved so that they share the
#                                                   machine's moods
# Extra JVM options: JAVA_OPTS; options of the native executable: NATIVE_OPTS (e.g. -Xmx64m, as its image runs).
# JAVA: the java to run (default: java on the PATH). With AOT=1 (JAVA must then be a
# JDK 25, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java), a training run of each build first writes its JDK AOT
# cache (scripts/training-requests.sh) that its measured runs use, and the cache's size is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
apps=("$@")
if [ ${#apps[@]} -eq 0 ]; then
  type=$(grep '^type=' target/quarkus-artifact.properties | cut -d= -f2)
  artifact=target/$(grep '^path=' target/quarkus-artifact.properties | cut -d= -f2)
  if [[ "$type" == jar* ]]; then  # jar, or jar-container after an image build
    apps=("$(dirname "$artifact")")
  else
    apps=("$artifact")
  fi
fi
port=18089
caches=target/startup-aot

launch() { # app data-dir [JVM options]
  if [ -f "$1" ]; then  # a native executable
    # shellcheck disable=SC2086
    "$1" ${NATIVE_OPTS:-} -Dquarkus.http.port=$port -Dtelebarometer.data-dir="$2" >"$2.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    ${JAVA:-java} ${JAVA_OPTS:-} ${3:-} -Dquarkus.http.port=$port -Dtelebarometer.data-dir="$2" \
      -jar "$1/quarkus-run.jar" >"$2.log" 2>&1 &
  fi
  echo $!
}

# waits until the process answers the request; fails if it stops first
await() { # pid data-dir curl-arguments...
  until curl -fs -o /dev/null "${@:3}"; do
    kill -0 "$1" 2>/dev/null || { cat "$2.log" >&2; echo "the application stopped before answering" >&2; exit 1; }
    sleep 0.01
  done
}

stop() { # pid
  kill "$1"
  while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

cache_of() { # index
  [ "${AOT:-}" = 1 ] && echo "-XX:AOTCache=$caches/$1.aot" || true
}

# CPU time (user and system) the process has used so far, in ms
cpu_ms() { # pid
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

# the first GraphQL answer, then the first search's (which waits for the search index), then the CPU time the start
# used in all, half a second later
measure() { # app index data-dir label
  local start pid ms rss search
  start=$(date +%s%N)
  pid=$(launch "$1" "$3" "$(cache_of "$2")")
  await "$pid" "$3" -H 'Content-Type: application/json' -d '{"query":"{ metrics { code } }"}' \
    "http://localhost:$port/graphql"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$pid/status")
  curl -fs -o /dev/null -H 'Content-Type: application/json' \
    -d '{"query":"{ search(text: \"téléconsultation\", first: 5) { totalCount } }"}' "http://localhost:$port/graphql"
  search=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 0.5
  printf '%s\t%s\t%s ms\t%s MB\tsearch %s ms\tCPU %s ms\n' "$1" "$4" "$ms" "$rss" "$search" "$(cpu_ms "$pid")"
  stop "$pid"
}

train() { # app index
  local dir pid
  dir=$(mktemp -d)
  pid=$(launch "$1" "$dir/data" "-XX:AOTCacheOutput=$caches/$2.aot")
  await "$pid" "$dir/data" "http://localhost:$port/q/health/ready"
  scripts/training-requests.sh "http://localhost:$port" target/startup-training
  stop "$pid"
  # the cache is assembled by a second JVM that the training run starts as it exits
  while pgrep -f "AOTCacheOutput=$caches/$2.aot" >/dev/null; do sleep 0.2; done
  rm -rf "$dir"
  echo "$1: AOT cache $(stat -c %s "$caches/$2.aot" | numfmt --to=si)B"
}

if [ "${AOT:-}" = 1 ]; then
  bench/load-mix.sh target/startup-training >/dev/null
  rm -rf "$caches" && mkdir -p "$caches"
  for i in "${!apps[@]}"; do train "${apps[$i]}" "$i"; done
fi
for _ in $(seq 1 "$runs"); do
  for i in "${!apps[@]}"; do
    dir=$(mktemp -d)
    measure "${apps[$i]}" "$i" "$dir/data" "first start (empty data folder)"
    measure "${apps[$i]}" "$i" "$dir/data" "second start (dataset unchanged)"
    rm -rf "$dir"
  done
done
