#!/usr/bin/env bash
# Writes COUNT programs into DIR by copying the files of a corpus round-robin under new names
# ("c00042_<original name>"), so a big batch has the shapes of a measured one:
#   src/bench/generate-batch.sh 10000 /tmp/batch10k [../shared/perf/corpus/batch300]
set -euo pipefail
COUNT=${1:?usage: generate-batch.sh COUNT DIR [CORPUS]}
DIR=${2:?usage: generate-batch.sh COUNT DIR [CORPUS]}
CORPUS=${3:-$(dirname "$0")/../../../shared/perf/corpus/batch300}
mapfile -t seeds < <(find "$CORPUS" -maxdepth 1 -type f \( -name '*.xlsx' -o -name '*.xls' -o -name '*.csv' \) | sort)
[ "${#seeds[@]}" -gt 0 ] || { echo "no spreadsheets in $CORPUS" >&2; exit 1; }
mkdir -p "$DIR"
for ((i = 0; i < COUNT; i++)); do
  seed=${seeds[i % ${#seeds[@]}]}
  cp "$seed" "$DIR/$(printf 'c%05d' "$i")_$(basename "$seed")"
done
echo "$COUNT programs written to $DIR from ${#seeds[@]} in $CORPUS"
