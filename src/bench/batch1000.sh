#!/usr/bin/env bash
# 1,000-program batch: generates programs in mixed layouts and formats (some with problems, a few
# broken), audits them with the shaded jar in a 1 GiB heap, checks summary.json and prints wall
# time, programs/s and peak RSS.   Usage: src/bench/batch1000.sh [COUNT=1000] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1000}
JOBS=${2:-}
[ -f target/program-audit.jar ] && [ -d target/test-classes ] || mvn -q package -DskipTests
WORK=$(mktemp -d /tmp/batch1000.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
CP=target/program-audit.jar:target/test-classes
java -cp "$CP" src/bench/GenerateBatch.java "$COUNT" "$WORK/in"
ARGS=(audit "$WORK/in" --format json --out "$WORK/out" --rules rules ${JOBS:+--jobs "$JOBS"})
status=0
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$WORK/time.txt" java -Xmx1g -jar target/program-audit.jar "${ARGS[@]}" 2> "$WORK/stderr.txt" || status=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
  seconds=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
else
  # no GNU time: sample the JVM's VmHWM from /proc
  start=$(date +%s.%N)
  java -Xmx1g -jar target/program-audit.jar "${ARGS[@]}" 2> "$WORK/stderr.txt" & pid=$!
  rss_kb=0
  while kill -0 $pid 2>/dev/null; do
    hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0); [ "${hwm:-0}" -gt "$rss_kb" ] && rss_kb=$hwm
    sleep 0.2
  done
  wait $pid || status=$?
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
fi
echo "audit exit status: $status (2 expected: some inputs are broken)"
tail -1 "$WORK/stderr.txt"
java -cp "$CP" src/bench/CheckBatch.java "$WORK/in" "$WORK/out" "$WORK/broken.txt" "$COUNT"
awk -v n="$COUNT" -v s="$seconds" -v kb="$rss_kb" 'BEGIN { printf "wall %.1f s, %.1f programs/s, peak RSS %d MiB (%d cores)\n", s, n / s, kb / 1024, '"$(nproc)"' }'
[ "$status" -eq 2 ]
