#!/usr/bin/env bash
# Cold start of one small audit, measured with ../shared/perf/run-batch-bench.sh on corpus/one
# (every run a fresh JVM; medians of ROUNDS, default 5), in three rows:
#   1. floor and product, plain `java -jar`, the compiled rules already cached (a coach's second run)
#   2. product with the AppCDS archive scripts/program-audit makes and uses (BENCH_JAVA_OPTS), alone:
#      the option would also reach the floor's JVM, where the archive does not match and is dropped
#   3. product with the rules cache turned off (-Dprogramaudit.cache=off): a compile at every start,
#      what every run cost before the cache
# Usage: src/bench/cold-start.sh [PERF_DIR=../shared/perf]   Quote CPU seconds: wall moves with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/../.."
PERF=${1:-../shared/perf}
ROUNDS=${ROUNDS:-5}
ONE="$PERF/corpus/one"
[ -f target/program-audit.jar ] || mvn -q package -DskipTests
WORK=$(mktemp -d /tmp/cold-start.XXXXXX)

# warm-up: compile the rules into the cache and record the class archive (the first run of this jar)
scripts/program-audit audit "$ONE" --format json --out "$WORK/warm" >/dev/null 2>&1 || true
cache=${PROGRAM_AUDIT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/program-audit}
archive=$(ls -t "$cache"/classes-*.jsa 2>/dev/null | head -1)

echo "== 1. floor and product (rules cached, no class archive)"
ROUNDS=$ROUNDS ONLY="floor product" BENCH_WORK="$WORK/plain" "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product \//p'
if [ -n "$archive" ]; then
  echo "== 2. product with the class archive $archive"
  ROUNDS=$ROUNDS ONLY="product" BENCH_WORK="$WORK/cds" \
    BENCH_JAVA_OPTS="-XX:SharedArchiveFile=$archive -Xshare:auto -Xlog:disable -Xlog:all=error:stderr" \
    "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product /p'
fi
echo "== 3. product compiling the rules at start (cache off)"
ROUNDS=$ROUNDS ONLY="product" BENCH_WORK="$WORK/nocache" BENCH_JAVA_OPTS="-Dprogramaudit.cache=off" \
  "$PERF/run-batch-bench.sh" . "$ONE" | sed -n '/^medians/,/^product /p'
echo "logs: $WORK"
