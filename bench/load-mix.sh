#!/usr/bin/env bash
# The CI load test's mix, written to a directory: the 10k synthetic publication files (files/, for the import command)
# and one request body per query (*.json, for bench/graphql.lua): the queries of bench/queries/ on those rows, and the
# dashboard's, the publication list's and the reference lists' requests.
#
#   bench/load-mix.sh DIR        (bench/load-test.sh and scripts/container-test.sh use it)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$1
mkdir -p "$work"
python3 bench/generate.py --observations 10000 --out "$work/files" >/dev/null
for query in bench/queries/*.graphql; do
  python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$query" \
    > "$work/$(basename "$query" .graphql).json"
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
queries = {
    "dashboard": ('query($f: ObservationFilter) { observations(filter: $f, first: 500) { totalCount nodes { id value '
                  'qualifier period { start end label } series { key specialty { code label } } source { name } '
                  'publication { id title } } } }',
                  {"f": {"metric": ["TELECONSULTATIONS"], "specialty": ["ALL"]}}),
    "publications": ("{ publications(first: 50) { totalCount nodes { id title observations(first: 20) { totalCount "
                     "nodes { value } } } } }", {}),
    "reference": ("{ metrics { code name unit } specialties { code label } namedPeriods { code start end } }", {}),
}
for name, (query, variables) in queries.items():
    with open(f"{work}/{name}.json", "w") as out:
        json.dump({"query": query, "variables": variables}, out)
PY
