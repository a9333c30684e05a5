#!/usr/bin/env bash
# The lint stage of an earlier commit (A) and of the working tree (B), run in turns in one JVM
# on one thread with the launcher's client compiler, over a folder of notes; prints both
# medians and the pass-by-pass time ratio B/A (below 1: B is faster).
# Usage: bench/paired-lint.sh REV [NOTES_DIR] [PASSES]
#   (default: the Markdown files of the 1k bench corpus, copied to target/paired-lint-notes; 24)
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bench/paired-lint.sh REV [NOTES_DIR] [PASSES]}"
passes="${3:-24}"
. bench/common.sh
bench_classpath
notes="${2:-}"
if [ -z "$notes" ]; then
  [ -d target/bench-corpus/1k ] \
    || java -cp "$cp" org.notelint.bench.CorpusGenerator target/bench-corpus/1k 1000 >&2
  notes=target/paired-lint-notes
  rm -rf "$notes" && mkdir -p "$notes" && cp target/bench-corpus/1k/*.md "$notes"/
fi
old="target/paired-lint-base"
rm -rf "$old"
git worktree add -f --detach "$old" "$rev" >/dev/null
trap 'git worktree remove --force "$old"' EXIT
(cd "$old" && mvn -B -q -Dstyle.color=never compile >&2)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx3g -cp "$cp" org.notelint.bench.PairedLint \
  "$old/target/classes" target/classes "$notes" "$passes" "$(cat target/bench.classpath)"
