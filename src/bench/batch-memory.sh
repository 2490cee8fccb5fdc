#!/usr/bin/env bash
# Peak memory of a batch against its size: audits a 300-file and a COUNT-file batch (batch300's files
# copied round-robin by generate-batch.sh) with the same heap limit, each in a fresh JVM, and prints
# each run's peak RSS ("Maximum resident set size" of /usr/bin/time -v) and their ratio. The issue wants
# the big batch within 1.2x of the small one: memory bounded by the work in flight, not by the batch.
#   src/bench/batch-memory.sh [COUNT=10000]      XMX=1g JAR=target/program-audit.jar KEEP=DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
XMX=${XMX:-1g}
JAR=${JAR:-target/program-audit.jar}
CORPUS=${CORPUS:-../shared/perf/corpus/batch300}
[ -x /usr/bin/time ] || { sudo apt-get install -y time >/dev/null 2>&1 || apt-get install -y time >/dev/null; }
[ -f "$JAR" ] || mvn -q package -DskipTests
WORK=${KEEP:-$(mktemp -d /tmp/batch-memory.XXXXXX)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"
[ -d "$WORK/in-$COUNT" ] || src/bench/generate-batch.sh "$COUNT" "$WORK/in-$COUNT" "$CORPUS" >/dev/null

# run NAME DIR: one audit of DIR; prints "NAME files wall cpu peak-RSS"
run() {
  rm -rf "$WORK/out-$1"
  /usr/bin/time -v -o "$WORK/time-$1.txt" java -Xmx"$XMX" -jar "$JAR" audit "$2" --format json \
      --out "$WORK/out-$1" > /dev/null 2> "$WORK/stderr-$1.txt" || [ $? -le 2 ] # 1, 2: findings, unreadable files
  awk -F': ' -v name="$1" -v files="$(find "$2" -type f | wc -l)" '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%-6s %6d files  wall %7.1f s  cpu %7.1f s  peak RSS %5d MB\n", name, files, wall, cpu, kb / 1024 }' \
    "$WORK/time-$1.txt"
}
small=$(run 300 "$CORPUS"); echo "$small"
big=$(run "$COUNT" "$WORK/in-$COUNT"); echo "$big"
echo "$small" "$big" | awk -v xmx="$XMX" '{ for (i = 1; i <= NF; i++) if ($i == "RSS") rss[++n] = $(i + 1) }
  END { printf "peak RSS %d files / %d files = %.2f (-Xmx%s; wanted <= 1.2)\n", '"$COUNT"', 300, rss[2] / rss[1], xmx }'
