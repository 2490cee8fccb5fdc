#!/usr/bin/env bash
# Two builds side by side: audits CORPUS with each jar in turn, ROUNDS times, interleaved, so the shared
# machine's drift (10-15% between runs minutes apart) falls on both alike; prints each jar's median wall,
# CPU and peak RSS, then the second jar's wall over the first's within each round: the figure to trust
# (two jars' medians moved 3% apart between sets in which that ratio stayed at 1.00). Each jar runs as
# shipped (`java -jar`, the tuned child JVM) after one audit of sample-programs/ recorded its class archive.
#   src/bench/compare-jars.sh OLD.jar NEW.jar      ROUNDS=7 CORPUS=../shared/perf/corpus/batch300
# Copy a build aside before rebuilding, the launcher jar with its lib/ (mkdir /tmp/old && cp -r target/program-audit.jar
# target/lib /tmp/old/, then /tmp/old/program-audit.jar): the archive is
# kept per place and size of the jar, so each copy records its own. Two jars, because the cache keeps
# the archives of three places (cli/TunedJvm): a third jar beside target/ would evict one mid-run.
set -euo pipefail
if [ $# -ne 2 ]; then sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 2; fi
JARS=()
for jar in "$@"; do
  [ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 2; }
  JARS+=("$(realpath "$jar")")
done
[ "${JARS[0]}" != "${JARS[1]}" ] || { echo "the two jars are the same file" >&2; exit 2; }
CORPUS=$(realpath "${CORPUS:-$(dirname "${BASH_SOURCE[0]}")/../../../shared/perf/corpus/batch300}")
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }
ROUNDS=${ROUNDS:-7}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."   # the product finds its default rules/ here
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for jar in "${JARS[@]}"; do
  java -jar "$jar" audit sample-programs/ --format json --out "$WORK/first" >/dev/null 2>&1 || true
done
for round in $(seq "$ROUNDS"); do
  for i in 0 1; do
    rm -rf "$WORK/out"
    status=0
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" java -jar "${JARS[$i]}" audit "$CORPUS" --format json \
      --out "$WORK/out" >/dev/null 2>"$WORK/err" || status=$?
    # 1: findings reported, as in batch300; 2 and above: refused arguments or unreadable files, not a fair time
    if [ "$status" -gt 1 ]; then
      echo "${JARS[$i]} exited with status $status:" >&2; tail -5 "$WORK/err" >&2; exit 1
    fi
    echo "$i $(tail -1 "$WORK/time")"
  done
done | python3 -c '
import sys, statistics as st
names = sys.argv[1:]
runs = {0: [], 1: []}
for line in sys.stdin:
    i, wall, user, system, rss = line.split()
    runs[int(i)].append((float(wall), float(user) + float(system), int(rss) / 1024))
if not runs[0] or not runs[1]:
    sys.exit(1)
first = st.median(x[0] for x in runs[0])
for i, name in enumerate(names):
    r = runs[i]
    wall = st.median(x[0] for x in r)
    print("%-40s median wall %5.2f s  cpu %5.2f s  peak RSS %4.0f MB  (%.2fx the first)  walls %s" % (
        name, wall, st.median(x[1] for x in r), st.median(x[2] for x in r), wall / first,
        " ".join("%.2f" % x[0] for x in sorted(r))))
# each round ran the two jars one after the other: the ratio within a round cancels the drift between rounds
paired = sorted(new[0] / old[0] for old, new in zip(runs[0], runs[1]))
quarter = len(paired) // 4
print("second / first, round by round: median %.3f, middle half %.2f-%.2f, all %s" % (
    st.median(paired), paired[quarter], paired[-1 - quarter], " ".join("%.2f" % x for x in paired)))
print("(a difference inside the middle half is the machine, not the build)")' "${JARS[@]}"
