#!/usr/bin/env bash
# Two (or more) builds side by side: audits CORPUS with each jar in turn, ROUNDS times, interleaved, so
# the shared machine's drift (10-15% between runs minutes apart) falls on every build alike; prints each
# jar's median wall, CPU and peak RSS. Each jar runs as shipped (`java -jar`, the tuned child JVM) after
# one audit of sample-programs/ has recorded its class archive and cached its rules.
#   src/bench/compare-jars.sh OLD.jar NEW.jar      ROUNDS=7 CORPUS=../shared/perf/corpus/batch300
# Copy a build's jar aside before rebuilding (cp target/program-audit.jar /tmp/old.jar): the archive is
# kept per place and size of the jar, so each copy records its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { sed -n '2,8p' "$0"; exit 2; }
ROUNDS=${ROUNDS:-7}
CORPUS=${CORPUS:-../shared/perf/corpus/batch300}
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for jar in "$@"; do
  [ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 2; }
  java -jar "$jar" audit sample-programs/ --format json --out "$WORK/first" >/dev/null 2>&1 || true
done
for round in $(seq "$ROUNDS"); do
  for jar in "$@"; do
    rm -rf "$WORK/out"
    # exit status 1 means findings were reported, which batch300 has
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" java -jar "$jar" audit "$CORPUS" --format json \
      --out "$WORK/out" >/dev/null 2>&1 || [ $? -le 2 ]
    echo "$jar $(tail -1 "$WORK/time")"
  done
done | python3 -c '
import sys, statistics as st, collections
runs = collections.OrderedDict()
for line in sys.stdin:
    jar, wall, user, system, rss = line.split()
    runs.setdefault(jar, []).append((float(wall), float(user) + float(system), int(rss) / 1024))
first = None
for jar, r in runs.items():
    wall = st.median(x[0] for x in r)
    first = first or wall
    print("%-40s median wall %5.2f s  cpu %5.2f s  peak RSS %4.0f MB  (%.2fx the first)  walls %s" % (
        jar, wall, st.median(x[1] for x in r), st.median(x[2] for x in r), wall / first,
        " ".join("%.2f" % x[0] for x in sorted(r))))'
