#!/usr/bin/env bash
# Fault test on PostgreSQL: with the application running, the database stops; readiness must turn DOWN and queries
# fail with the error code DATABASE_UNAVAILABLE (no hang, no stack trace); the database starts again; readiness must
# turn UP and queries succeed, without restarting the application.
#
#   bench/fault-test.sh     needs the PostgreSQL flavour packaged in target/quarkus-app
#                           (./mvnw -DskipTests package -Dquarkus.datasource.db-kind=postgresql) and Debian's
#                           postgresql package; settings: PORT (8092), APP (target/quarkus-app)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8092}
app=${APP:-$PWD/target/quarkus-app}
work=$PWD/bench/work/fault-test
rm -rf "$work" && mkdir -p "$work"

url=$(scripts/test-postgres.sh start)
java -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=telebarometer \
  -Dquarkus.datasource.password=telebarometer -Dquarkus.http.port="$port" \
  -jar "$app/quarkus-run.jar" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; scripts/test-postgres.sh stop' EXIT

# The shipped dataset's observations: one "  - series:" line each in the files publications.list names.
dataset=src/main/resources/dataset
expected=$(sed -e '/^#/d' -e '/^$/d' "$dataset/publications.list" | sed "s|^|$dataset/publications/|" \
  | xargs grep -h '^  - series:' | wc -l)

ready() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready"; }
query() { # prints the answer of a query that the response cache may not answer
  curl -s --max-time 20 -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' \
    -d '{"query":"{ observations(first: 3) { totalCount nodes { id value } } }"}' "http://localhost:$port/graphql"
}
wait_for() { # status seconds
  for _ in $(seq 1 $(( $2 * 2 ))); do [ "$(ready)" = "$1" ] && return 0; sleep 0.5; done
  echo "FAULT TEST FAILED: readiness did not answer $1 within $2 s" >&2; exit 1
}
step() { echo "fault test: $*"; }

wait_for 200 60
query | grep -q "\"totalCount\":$expected," || { echo "FAULT TEST FAILED: no data before the fault (expected $expected observations): $(query)" >&2; exit 1; }
step "running, $expected observations served"

scripts/test-postgres.sh pause
step "database stopped"
wait_for 503 30
step "readiness DOWN"
started=$SECONDS
answer=$(query)
echo "$answer" | grep -q '"code":"DATABASE_UNAVAILABLE"' \
  || { echo "FAULT TEST FAILED: expected DATABASE_UNAVAILABLE, got: $answer" >&2; exit 1; }
echo "$answer" | grep -q 'PSQLException\|SQLState\|at org\.\|at java\.\|jdbc:' \
  && { echo "FAULT TEST FAILED: internals leaked: $answer" >&2; exit 1; }
step "query refused with DATABASE_UNAVAILABLE in $((SECONDS - started)) s: $answer"

scripts/test-postgres.sh resume
step "database started"
wait_for 200 60
step "readiness UP"
for attempt in $(seq 1 10); do
  answer=$(query)
  if echo "$answer" | grep -q "\"totalCount\":$expected,"; then
    step "queries served again (attempt $attempt), same application process ($pid)"
    kill -0 $pid
    echo "fault test passed"
    exit 0
  fi
  sleep 1
done
echo "FAULT TEST FAILED: queries still fail after the database came back: $answer" >&2
exit 1
