#!/usr/bin/env bash
# Cold start of one small audit, measured with ../shared/perf/run-batch-bench.sh on corpus/one
# (every run a fresh JVM; medians of ROUNDS, default 5), in three rows:
#   1. floor and product as shipped: `java -jar` starts the command in a JVM tuned for it (C1, serial
#      collector, the class archive recorded on the jar's first run: see cli/TunedJvm), rules cached
#   2. product in the first JVM, untuned (-Dprogramaudit.relaunch=off): what `java -jar` cost before
#   3. product with the rules cache turned off (-Dprogramaudit.cache=off): a compile at every start
# Usage: src/bench/cold-start.sh [PERF_DIR=../shared/perf]   Quote CPU seconds: wall moves with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
PERF=${1:-../shared/perf}
ROUNDS=${ROUNDS:-5}
ONE="$PERF/corpus/one"
[ -f target/program-audit.jar ] || mvn -q package -DskipTests
WORK=$(mktemp -d /tmp/cold-start.XXXXXX)

# warm-up: compile the rules into the cache and record the class archive (the first run of this jar)
java -jar target/program-audit.jar audit "$ONE" --format json --out "$WORK/warm" >/dev/null 2>&1 || true

echo "== 1. floor and product as shipped (tuned JVM, rules cached)"
ROUNDS=$ROUNDS ONLY="floor product" BENCH_WORK="$WORK/shipped" "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product \//p'
echo "== 2. product in the first JVM, untuned"
ROUNDS=$ROUNDS ONLY="product" BENCH_WORK="$WORK/plain" BENCH_JAVA_OPTS="-Dprogramaudit.relaunch=off" \
  "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product /p'
echo "== 3. product compiling the rules at start (cache off)"
ROUNDS=$ROUNDS ONLY="product" BENCH_WORK="$WORK/nocache" BENCH_JAVA_OPTS="-Dprogramaudit.cache=off" \
  "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product /p'
echo "logs: $WORK"
