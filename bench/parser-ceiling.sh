#!/usr/bin/env bash
# Issue 2's Markdown ingest target against the parsers' own speed: notelint's whole reader,
# flexmark-java's parse alone and commonmark-java's parse (same extensions, source spans on),
# warm, one thread, in alternating rounds over the Markdown files of a corpus.
# Usage: bench/parser-ceiling.sh [CORPUS_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
bench_classpath
java -Xmx1g -cp "$cp" org.notelint.ingest.ParserCeiling "${1:-../shared/corpus}" "${2:-15}"
