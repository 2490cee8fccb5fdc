#!/usr/bin/env bash
# Time and peak memory of reading each crafted hostile file (issue 13): a 32,767-digit Reps cell, a cell
# at column XFD on 49,990 rows, a 1e6-entry shared-strings table, a 49,999-row log, 1,000 sheets.
# Each file is audited alone in a fresh JVM (-Xmx$XMX, default 1g) under /usr/bin/time -v; prints wall
# seconds, peak RSS and the first words of the report's error (or "read"). Targets: <= 2 s for the Reps
# cell, <= 15 s for the others, within -Xmx1g.
#   src/bench/bounded-reading.sh [DIR]      XMX=1g JAR=target/program-audit.jar TIMEOUT=300
set -euo pipefail
cd "$(dirname "$0")/../.."
XMX=${XMX:-1g}
JAR=${JAR:-target/program-audit.jar}
TIMEOUT=${TIMEOUT:-300}
[ -x /usr/bin/time ] || { sudo apt-get install -y time >/dev/null 2>&1 || apt-get install -y time >/dev/null; }
[ -f "$JAR" ] || mvn -q package -DskipTests
[ -d target/test-classes/com/programaudit/importer ] || mvn -q test-compile
WORK=${1:-$(mktemp -d /tmp/bounded-reading.XXXXXX)}
mkdir -p "$WORK/in"
java -cp "$JAR:target/test-classes" com.programaudit.importer.CraftedInputs "$WORK/in"
for file in "$WORK"/in/*; do
  name=$(basename "$file")
  out="$WORK/out-$name"
  rm -rf "$out"
  rc=0
  /usr/bin/time -v -o "$WORK/time-$name.txt" timeout "$TIMEOUT" java -Xmx"$XMX" -jar "$JAR" audit "$file" \
      --format json --out "$out" > "$WORK/stdout-$name.txt" 2>&1 || rc=$?
  what=$(python3 - "$out" "$rc" <<'PY'
import json, sys, glob
files = [f for f in glob.glob(sys.argv[1] + "/*.json") if not f.endswith("/summary.json")]
if not files: print("no report (exit %s)" % sys.argv[2]); sys.exit()
r = json.load(open(files[0]))
err = r.get("error") if isinstance(r, dict) else None
print(("error: " + (err.get("message") if isinstance(err, dict) else str(err)))[:150] if err else "read")
PY
)
  awk -F': ' -v name="$name" -v size="$(stat -c %s "$file")" -v what="$what" '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%-22s %8d KB  wall %6.1f s  peak RSS %5d MB  %s\n", name, size / 1024, wall, kb / 1024, what }' \
    "$WORK/time-$name.txt"
done
