# Sourced by scripts/container-test.sh: the checks every image of telebarometer passes (JVM and native), with podman.
# Expects: $port (the host port), $work (a folder for logs and answers), $podman_ms (podman's own start, measured in
# the same run), and the functions fail and check. Timings are compared within the run (ratios), never with a fixed
# number of milliseconds: machines differ by 2x.

# waits for the first GraphQL answer; prints the milliseconds since $2 (date +%s%N), or fails after 60 s
first_answer_ms() { # container start-ns
  local body='{"query":"{ metrics { code } }"}'
  for _ in $(seq 1 6000); do
    if curl -fs -o "$work/answer.json" -H 'Content-Type: application/json' -d "$body" \
        "http://127.0.0.1:$port/graphql" 2>/dev/null; then
      echo $(( ($(date +%s%N) - $2) / 1000000 ))
      return 0
    fi
    podman container exists "$1" || break
    sleep 0.01
  done
  podman logs "$1" >&2 || true
  return 1
}

# read on the host (the native image has no shell): the container's main process, its memory and its user
host_pid() { podman inspect --format '{{.State.Pid}}' "$1"; }
rss_mb() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$(host_pid "$1")/status"; }
uid_of() { awk '/^Uid:/ { print $2 }' "/proc/$(host_pid "$1")/status"; }

# starts a container on the volume and waits for its first answer; prints "milliseconds RSS-MB" (-1 -1: no answer)
timed_start() { # name image volume data-dir [podman options...]
  local started ms
  started=$(date +%s%N)
  podman run -d --name "$1" -p "127.0.0.1:$port:8080" -v "$3:$4" "${@:5}" "$2" >/dev/null
  if ms=$(first_answer_ms "$1" "$started"); then echo "$ms $(rss_mb "$1")"; else echo "-1 -1"; fi
}

# true when $1 - podman <= ratio * ($2 - podman): the application's own part of two starts of the same run
faster_than() { # ms reference-ms ratio
  python3 -c 'import sys; a, b, p, r = map(float, sys.argv[1:]); sys.exit(0 if a - p <= r * (b - p) else 1)' \
    "$1" "$2" "$podman_ms" "$3"
}

# the start as Quarkus measured it inside the container ("started in 0.129s"), in ms: no podman in it
quarkus_start_ms() { # container
  podman logs "$1" 2>&1 | python3 -c '
import json, re, sys
for line in sys.stdin:
    found = re.search(r"started in ([0-9.]+)s", line)
    if found:
        print(int(float(found.group(1)) * 1000)); break
else:
    print(-1)'
}

# true when $1 <= ratio * $2, both known
at_most() { # ms reference-ms ratio
  python3 -c 'import sys; a, b, r = map(float, sys.argv[1:]); sys.exit(0 if 0 <= a <= r * b else 1)' "$1" "$2" "$3"
}

# first start, restart, values, JSON logs, user, volume, SIGTERM; sets first_ms, first_rss, restart_ms, restart_rss
# seeded: yes when the image's first start copies the data folder its build wrote (the native H2 build) instead of
# writing the schema and the dataset
check_starts() { # kind image data-dir volume seeded
  local kind=$1 image=$2 data=$3 volume=$4 seeded=$5 stop_started stop_s exit_code
  echo "== $kind: first start, on an empty volume"
  podman volume rm -f "$volume" >/dev/null 2>&1 || true
  podman volume create "$volume" >/dev/null
  read -r first_ms first_rss < <(timed_start "tb-$kind-first" "$image" "$volume" "$data")
  check "$kind: first start answered ($first_ms ms, $first_rss MB)" test "$first_ms" -ge 0
  first_quarkus_ms=$(quarkus_start_ms "tb-$kind-first")
  if [ "$seeded" = yes ]; then
    check "$kind: the first start copied the build's data folder seed: no migration, no dataset written" \
      bash -c "podman logs tb-$kind-first 2>&1 | grep -q \"written from the build's seed\" \
        && podman logs tb-$kind-first 2>&1 | grep -q 'Dataset unchanged since its last load' \
        && ! podman logs tb-$kind-first 2>&1 | grep -q 'Migrating schema'"
  fi
  check "$kind: a GraphQL answer with values" grep -q '"code":"TELECONSULTATIONS"' "$work/answer.json"
  check "$kind: runs as a non-root user" test "$(uid_of "tb-$kind-first")" != 0
  check "$kind: JSON logs" python3 -c 'import json, sys; [json.loads(l) for l in sys.stdin if l.strip()]' \
    < <(podman logs "tb-$kind-first" 2>&1)
  stop_started=$(date +%s)
  podman stop -t 30 "tb-$kind-first" >/dev/null
  stop_s=$(( $(date +%s) - stop_started ))
  exit_code=$(podman inspect --format '{{.State.ExitCode}}' "tb-$kind-first")
  check "$kind: SIGTERM: stopped in $stop_s s (shutdown timeout 10 s + 2 s delay), exit code $exit_code" \
    test "$stop_s" -le 14 -a "$exit_code" != 137
  check "$kind: SIGTERM: Quarkus logged its stop" bash -c "podman logs tb-$kind-first 2>&1 | grep -q 'stopped in'"
  podman rm "tb-$kind-first" >/dev/null

  echo "== $kind: restart, a new container on the same volume"
  read -r restart_ms restart_rss < <(timed_start "tb-$kind-restart" "$image" "$volume" "$data" \
    ${restart_options[@]+"${restart_options[@]}"})
  check "$kind: restart answered ($restart_ms ms, $restart_rss MB)" test "$restart_ms" -ge 0
  restart_quarkus_ms=$(quarkus_start_ms "tb-$kind-restart")
  check "$kind: the data on the volume survived: the dataset was not written again" \
    bash -c "podman logs tb-$kind-restart 2>&1 | grep -q 'Dataset unchanged since its last load'"
  # what writing the dataset costs shows in the ratio: a restart that writes it again is no faster than a first start
  # (the starts as Quarkus measured them in the container: podman's own start varies by more than a native start).
  # A seeded first start writes nothing either: its log says so (above), and the two take about the same time.
  if [ "$seeded" != yes ]; then
    check "$kind: the restart ($restart_quarkus_ms ms) takes at most $restart_ratio of the first start ($first_quarkus_ms ms), as Quarkus measured them" \
      at_most "$restart_quarkus_ms" "$first_quarkus_ms" "$restart_ratio"
  fi
}

# 30 s of the load mix under a memory limit; sets memory_rss
check_memory() { # kind image data-dir volume memory
  local kind=$1 image=$2 data=$3 volume=$4 memory=$5 files result errors requests
  echo "== $kind: --memory $memory, the CI load test's mix for 30 s"
  podman volume rm -f "$volume" >/dev/null && podman volume create "$volume" >/dev/null
  mapfile -t files < <(cd "$work/load/files" && ls ./*.json | sed 's#^\./#/import/#')
  podman run --rm -v "$volume:$data" -v "$work/load/files:/import:ro" "$image" \
    import --as container-test "${files[@]}" > "$work/$kind-import.log" 2>&1 \
    || { fail "$kind: import into the volume"; tail "$work/$kind-import.log"; }
  podman run -d --name "tb-$kind-memory" --memory "$memory" --memory-swap "$memory" -p "127.0.0.1:$port:8080" \
    -v "$volume:$data" "$image" >/dev/null
  first_answer_ms "tb-$kind-memory" "$(date +%s%N)" >/dev/null || fail "$kind: --memory $memory: no answer"
  result=$(wrk -t2 -c32 -d30s --timeout 30s -s bench/graphql.lua "http://127.0.0.1:$port/graphql" \
    -- "$work"/load/*.json no-cache-every=10 | tail -1)
  errors=$(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print(r["http_errors"] + r["socket_errors"] + r["graphql_errors"])' "$result")
  requests=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["requests"])' "$result")
  memory_rss=$(rss_mb "tb-$kind-memory" || echo -1)
  check "$kind: --memory $memory: $requests requests in 30 s, $errors errors" test "$errors" = 0 -a "$requests" -gt 0
  check "$kind: --memory $memory: still running, not killed for memory" \
    test "$(podman inspect --format '{{.State.Running}} {{.State.OOMKilled}}' "tb-$kind-memory")" = "true false"
}

report() { # kind memory
  echo
  echo "| $1 in the container (podman, runc) | first GraphQL answer | RSS then |"
  echo "|---|---:|---:|"
  echo "| first start (empty volume: schema and dataset written, or copied from the build's seed) | $first_ms ms (Quarkus: $first_quarkus_ms ms) | $first_rss MB |"
  echo "| restart (new container, same volume) | $restart_ms ms (Quarkus: $restart_quarkus_ms ms) | $restart_rss MB |"
  echo "| --memory $2, after 30 s of the load mix | | $memory_rss MB |"
  echo "| podman alone: a container that does nothing, with a published port | $podman_ms ms | |"
  echo
}
