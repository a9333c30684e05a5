#!/usr/bin/env bash
# The dedupe, merge and LanguageTool-adapter stages timed alone (JMH), each over documents
# read once outside the timing. Usage: bench/stages.sh [CORPUS_DIR]   (default ../shared/corpus)
# grammar runs over the seeds' prose (input/) with LanguageTool warm and no result cache.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
. bench/common.sh
bench_classpath
log="target/bench-stages.txt"
run_jmh StageBenchmark stages 3g
python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"stage corpus: \d+ files, (\d+) bytes; seed prose: \d+ passages, (\d+) chars", text)
size, chars = int(m.group(1)), int(m.group(2))
print("\nstage throughput (MB = 10^6 bytes of note files; grammar in prose characters):")
for name, jobs, ms in re.findall(r"StageBenchmark\.(\w+)\s+(\d+)\s+avgt\s+\d+\s+([\d.]+)", text):
    s = float(ms) / 1000
    rate = f"{chars / s:9.0f} chars/s" if name == "grammar" else f"{size / 1e6 / s:6.1f} MB/s"
    print(f"  {name:8s} jobs={jobs}  {float(ms):9.1f} ms  {rate}")
PY
