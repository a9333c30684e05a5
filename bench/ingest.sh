#!/usr/bin/env bash
# Ingest throughput benchmark (JMH). Usage: bench/ingest.sh [CORPUS_DIR]
# Prints JMH's table and MB/s figures computed from the corpus size it reports.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
. bench/common.sh
bench_classpath
log="target/bench-ingest.txt"
run_jmh IngestBenchmark ingest 2g
python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"corpus: (\d+) files, (\d+) bytes; Markdown/text files: (\d+), (\d+) bytes;"
              r" Markdown: (\d+), (\d+) bytes; other text: (\d+), (\d+) bytes", text)
sizes = {"readText": int(m.group(4)), "readMarkdown": int(m.group(6)),
         "readOtherText": int(m.group(8))}
print("\nthroughput (MB = 10^6 bytes):")
for name, jobs, ms in re.findall(r"IngestBenchmark\.(\w+)\s+(\d+)\s+avgt\s+\d+\s+([\d.]+)", text):
    size = sizes.get(name, int(m.group(2)))
    print(f"  {name:16s} jobs={jobs}  {float(ms):8.1f} ms  {size / 1e6 / (float(ms) / 1000):6.1f} MB/s")
PY
