#!/usr/bin/env bash
# Rule-evaluation benchmark (JMH) plus end-to-end `check --no-grammar` wall times.
# Usage: bench/lint.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
. bench/common.sh
bench_classpath
log="target/bench-lint.txt"
run_jmh LintBenchmark lint 2g
python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
size = int(re.search(r"lint corpus: \d+ files, (\d+) bytes", text).group(1))
print("\nrule evaluation (MB = 10^6 bytes):")
for jobs, ms in re.findall(r"LintBenchmark\.lint\s+(\d+)\s+avgt\s+\d+\s+([\d.]+)", text):
    print(f"  jobs={jobs}  {float(ms):8.1f} ms  {size / 1e6 / (float(ms) / 1000):6.1f} MB/s")
PY
echo
echo "end to end (JVM start, ingest, lint, report):"
for j in 1 2; do
  start=$(date +%s.%N)
  java -jar target/notelint.jar check --no-grammar --jobs "$j" --quiet --fail-on never "$corpus" >/dev/null
  end=$(date +%s.%N)
  python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'  check --no-grammar --jobs {sys.argv[3]}: {t:.2f} s wall, {5.843333/t:.1f} MB/s')" "$start" "$end" "$j"
done
