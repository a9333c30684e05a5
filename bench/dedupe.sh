#!/usr/bin/env bash
# Dedupe scaling benchmark: seeded synthetic corpora of 1k, 10k and 100k units; the dedupe
# stage's time and heap (ingest outside the timing), then jscpd on the same Markdown files in
# the same run. Usage: bench/dedupe.sh [SIZES...]   (default: 1000 10000 100000)
# jscpd comes from the npm registry into target/jscpd (not part of the build).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && sizes=(1000 10000 100000)
. bench/common.sh
bench_classpath
if [ ! -x target/jscpd/node_modules/.bin/jscpd ]; then
  mkdir -p target/jscpd
  (cd target/jscpd && npm init -y >/dev/null && npm install --no-audit --no-fund jscpd@4.0.5 >/dev/null 2>&1) \
    || echo "jscpd could not be installed; notelint only" >&2
fi
for n in "${sizes[@]}"; do
  dir="target/dedupe-bench/$n"
  rm -rf "$dir"
  java -cp "$cp" org.notelint.bench.DedupeScaling generate "$dir" "$n"
  for jobs in 1 2; do
    java -Xmx4g -cp "$cp" org.notelint.bench.DedupeScaling run "$dir" "$jobs"
  done
  if [ -x target/jscpd/node_modules/.bin/jscpd ]; then
    out="target/dedupe-bench/jscpd-$n"
    rm -rf "$out"
    start=$(date +%s.%N)
    # Markdown is jscpd's own format here (its tokenizer reads fenced code too); default
    # thresholds (50 tokens, 5 lines), as a user would run it.
    /usr/bin/time -f "%M" -o "$out.mem" target/jscpd/node_modules/.bin/jscpd --silent \
      --reporters json --output "$out" --format markdown "$dir" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    python3 - "$out/jscpd-report.json" "$start" "$end" "$(cat "$out.mem" 2>/dev/null || echo 0)" <<'PY'
import json, sys
t = float(sys.argv[3]) - float(sys.argv[2])
try:
    r = json.load(open(sys.argv[1]))
    s = r["statistics"]["total"]
    print(f"jscpd 4.0.5: {t:.2f} s wall (with node start), max RSS {int(sys.argv[4])/1000:.0f} MB; "
          f"{len(r['duplicates'])} clones, {s['duplicatedLines']} duplicated lines "
          f"({s['percentage']}%)")
except Exception as e:
    print(f"jscpd: {t:.2f} s wall; no report ({e})")
PY
  fi
done
