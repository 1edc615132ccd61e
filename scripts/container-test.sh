#!/usr/bin/env bash
# Builds telebarometer's container images for real and tests them with podman (as root, the way CI runs it):
#
#   1. the base images from Debian packages (scripts/base-images.sh), the JVM one pushed to a loopback registry
#      (scripts/loopback-registry.sh);
#   2. the JVM image with Jib (quarkus-container-image-jib), pulled from and pushed to that registry; a training run
#      of it writes the JDK 25 AOT cache (class loading and linking, method profiles); the final image is the Jib
#      image plus the cache, the JVM started with -XX:AOTCache;
#   3. the native image (src/main/docker/Dockerfile.native-micro on the native base), when the native executable
#      target/*-runner exists (./mvnw package -Dnative); otherwise one line says it was not tested;
#   4. on each image (scripts/container-checks.sh): first start and restart to the first GraphQL answer, a GraphQL
#      answer with values, JSON logs, a non-root user, the H2 data on a named volume surviving a new container, a
#      SIGTERM stop that ends cleanly within the shutdown timeout, and 30 s of the CI load test's mix under a memory
#      limit without an error or an OOM kill (JVM: --memory 256m, the heap sized from the limit; native: --memory
#      NATIVE_MEMORY, its heap limit given explicitly by the image).
#
# Start-up is checked by ratios of the same run, never against a fixed time (machines differ by 2x; podman's own
# start, timed here with a container that does nothing, is set aside): a JVM restart takes at most RESTART_RATIO (0.85)
# of a first start's time (a restart that writes the dataset again would not), and the JVM's restart with its AOT
# cache at most AOT_RATIO (0.8) of the same restart without it (a cache the JVM cannot use would not). The native
# first start copies the data folder its build wrote: its log must say so, and that it migrated and wrote nothing.
#
#   scripts/container-test.sh            settings: REGISTRY_PORT (5055), PORT (18180), RESTART_RATIO, AOT_RATIO,
#                                        NATIVE_MEMORY (128m), KEEP_IMAGES (set: the images stay in podman's store)
#
# Everything it starts (containers, volumes, registry, images) is removed at the end, also on failure; the base
# images' root file systems stay in target/base-images/ for the next run. Prints the measured start-up times and
# memory.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/podman-env.sh
. scripts/loopback-registry.sh
. scripts/container-checks.sh
port=${PORT:-18180}
restart_ratio=${RESTART_RATIO:-0.85}
aot_ratio=${AOT_RATIO:-0.8}
native_memory=${NATIVE_MEMORY:-128m}
work=$PWD/target/container-test
image=$registry/telebarometer/telebarometer
volume=telebarometer-container-test
containers=(tb-train tb-jvm-first tb-jvm-restart tb-jvm-nocache tb-jvm-memory tb-native-first tb-native-restart
  tb-native-memory)
failures=()
native_runner=$(ls target/*-runner 2>/dev/null | head -1 || true)

cleanup() {
  for container in "${containers[@]}"; do
    podman logs "$container" > "$work/$container.log" 2>&1 || true
  done
  podman rm -f -t 0 "${containers[@]}" >/dev/null 2>&1 || true
  podman volume rm -f "$volume" >/dev/null 2>&1 || true
  [ -n "${KEEP_IMAGES:-}" ] || podman rmi -f "$image:jib" "$image:latest" "$image:native" \
    "$registry/telebarometer/base-jvm:25" >/dev/null 2>&1 || true
  stop_registry
}
trap cleanup EXIT
fail() { failures+=("$1"); echo "FAILED: $1" >&2; }
check() { # description command...
  if "${@:2}"; then echo "ok: $1"; else fail "$1"; fi
}

rm -rf "$work" && mkdir -p "$work"
bench/load-mix.sh "$work/load"
scripts/base-images.sh jvm native
check "the native base image runs its glibc" bash -c \
  "podman run --rm telebarometer/base-native:bookworm /lib/x86_64-linux-gnu/libc.so.6 | grep -q 'GNU C Library'"
# podman's own part of a start: a container that only runs its C library, with a published port (the quickest of 3)
podman_ms=
for _ in 1 2 3; do
  started=$(date +%s%N)
  podman run --rm -p "127.0.0.1:$port:8080" telebarometer/base-native:bookworm /lib/x86_64-linux-gnu/libc.so.6 \
    >/dev/null
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  [ -n "$podman_ms" ] && [ "$podman_ms" -le "$ms" ] || podman_ms=$ms
done
start_registry
push_image telebarometer/base-jvm:25 telebarometer/base-jvm:25

echo "== jvm: the application image, with Jib"
./mvnw -q -DskipTests package -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.insecure=true \
  -Dquarkus.container-image.tag=jib -Dquarkus.jib.base-jvm-image="$registry/telebarometer/base-jvm:25"
podman pull --quiet --tls-verify=false "$image:jib" >/dev/null

echo "== jvm: AOT cache, a training run of the Jib image"
mkdir -p "$work/aot" && chmod 777 "$work/aot"
podman run -d --name tb-train -p "127.0.0.1:$port:8080" -v "$work/aot:/aot" \
  -e JDK_JAVA_OPTIONS=-XX:AOTCacheOutput=/aot/app.aot "$image:jib" >/dev/null
first_answer_ms tb-train "$(date +%s%N)" >/dev/null || { echo "the training run did not answer" >&2; exit 1; }
scripts/training-requests.sh "http://127.0.0.1:$port" "$work/load"
podman stop -t 120 tb-train >/dev/null
[ -s "$work/aot/app.aot" ] || { podman logs tb-train | tail -20 >&2; echo "the training run wrote no AOT cache" >&2; exit 1; }
podman rm tb-train >/dev/null
python3 - "$(podman image inspect --format '{{json .Config.Entrypoint}}' "$image:jib")" > "$work/Containerfile" <<'PY'
import json, sys
entrypoint = json.loads(sys.argv[1])
java = entrypoint.index("java") if "java" in entrypoint else 0
# mapped where it was written, the cache's pages stay clean file pages the kernel can share and reclaim; relocated
# (the JDK 25 default), every page is rewritten into private memory: 70 MB more anonymous memory, measured
# JDK 25.0.3 warns on stdout, breaking the JSON log stream, that two cached method adapters share a fingerprint
# (JDK-8364929, fixed in JDK 26): adapters are generated at start instead (no difference measured)
entrypoint[java + 1:java + 1] = ["-XX:AOTCache=/deployments/app.aot", "-XX:+UnlockDiagnosticVMOptions",
                                 "-XX:ArchiveRelocationMode=0", "-XX:-AOTAdapterCaching"]
print("FROM " + "localhost/jib-image")
print("COPY --chown=185:185 app.aot /deployments/app.aot")
print("ENTRYPOINT " + json.dumps(entrypoint))
PY
sed -i "s#localhost/jib-image#$image:jib#" "$work/Containerfile"
cp "$work/aot/app.aot" "$work/app.aot"
podman build --quiet -t "$image:latest" -f "$work/Containerfile" "$work" >/dev/null
push_image "$image:latest" telebarometer/telebarometer:latest
echo "image: $(podman image inspect --format '{{.Size}}' "$image:latest" | numfmt --to=si)B, of which the AOT cache" \
  "$(stat -c %s "$work/app.aot" | numfmt --to=si)B"


restart_options=(-e JDK_JAVA_OPTIONS=-Xlog:aot=info:file=/tmp/aot.log)
check_starts jvm "$image:latest" /deployments/data "$volume" no
podman exec tb-jvm-restart cat /tmp/aot.log > "$work/aot.log" 2>&1 || true
check "jvm: the AOT cache is used" bash -c "grep -q 'Opened AOT cache' '$work/aot.log' \
  && ! grep -qiE 'unable to use|mismatch|disabled' '$work/aot.log'"
podman rm -f -t 15 tb-jvm-restart >/dev/null
echo "== jvm: the same restart without the AOT cache"
read -r nocache_ms _ < <(timed_start tb-jvm-nocache "$image:latest" "$volume" /deployments/data \
  -e JDK_JAVA_OPTIONS=-XX:AOTMode=off)
podman rm -f -t 15 tb-jvm-nocache >/dev/null
check "jvm: the restart with the AOT cache ($restart_ms ms) takes at most $aot_ratio of the restart without it ($nocache_ms ms)" \
  faster_than "$restart_ms" "$nocache_ms" "$aot_ratio"
check_memory jvm "$image:latest" /deployments/data "$volume" 256m
heap_mb=$(curl -fs "http://127.0.0.1:$port/q/metrics" \
  | awk '/^jvm_memory_max_bytes\{area="heap"/ { if ($NF > 0) sum += $NF } END { print int(sum / 1048576) }')
check "jvm: --memory 256m: the heap is sized from the limit (its pools' maxima sum to $heap_mb MB)" \
  test "$heap_mb" -gt 64 -a "$heap_mb" -lt 256
podman rm -f -t 15 tb-jvm-memory >/dev/null
jvm_report=$(report jvm 256m; echo "| jvm restart without the AOT cache | $nocache_ms ms | |")

if [ -n "$native_runner" ]; then
  echo "== the native image, from $native_runner ($(date -r "$native_runner" '+%F %T'))"
  mkdir -p "$work/native-context/target"
  cp "$native_runner" "$work/native-context/target/"
  podman build --quiet -t "$image:native" -f src/main/docker/Dockerfile.native-micro "$work/native-context" >/dev/null
  echo "image: $(podman image inspect --format '{{.Size}}' "$image:native" | numfmt --to=si)B"
  restart_options=()
  check_starts native "$image:native" /work/data "$volume" yes
  podman rm -f -t 15 tb-native-restart >/dev/null
  check_memory native "$image:native" /work/data "$volume" "$native_memory"
  native_report=$(report native "$native_memory")
else
  native_report="native image not tested: no native executable (target/*-runner); ./mvnw package -Dnative builds it"
fi

echo
echo "$jvm_report"
echo "$native_report"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'container test failed: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "container test passed"
