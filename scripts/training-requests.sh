#!/usr/bin/env bash
# The requests of the JDK AOT cache's training run (scripts/container-test.sh): what the dashboard, GraphiQL and
# front-end apps ask for, each several times so that the JIT's method profiles are recorded too.
#
#   scripts/training-requests.sh BASE-URL BODIES-DIR        BODIES-DIR: GraphQL request bodies (bench/load-mix.sh)
set -euo pipefail
url=$1
bodies=$2
get() { curl -fs -o /dev/null "$url$1"; }
for _ in $(seq 1 20); do
  for page in / /publications.html /assets/dashboard.js /assets/chart.js /q/graphql-ui/ /graphql/schema.graphql \
      /q/health/ready '/api/observations.csv?metric=TELECONSULTATIONS'; do
    get "$page"
  done
  for body in "$bodies"/*.json; do
    # computed, not answered from the response cache
    curl -s -o /dev/null -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' --data-binary "@$body" \
      "$url/graphql"
  done
done
