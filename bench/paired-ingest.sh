#!/usr/bin/env bash
# Ingest of an earlier commit (A) and of the working tree (B), read in turns in one JVM over
# the Markdown/text files of a corpus; prints both rates and the pass-by-pass ratio B/A.
# Usage: bench/paired-ingest.sh REV [CORPUS_DIR] [PASSES]   (default ../shared/corpus, 150)
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bench/paired-ingest.sh REV [CORPUS_DIR] [PASSES]}"
corpus="${2:-../shared/corpus}"
passes="${3:-150}"
. bench/common.sh
bench_classpath
old="target/paired-ingest-base"
rm -rf "$old"
git worktree add -f --detach "$old" "$rev" >/dev/null
trap 'git worktree remove --force "$old"' EXIT
(cd "$old" && mvn -B -q -Dstyle.color=never compile >&2)
java -Xmx2g -cp "$cp" org.notelint.bench.PairedIngest "$old/target/classes" target/classes \
  "$corpus" "$passes" "$(cat target/bench.classpath)"
