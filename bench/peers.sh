#!/usr/bin/env bash
# notelint beside the tools it replaces, on the same files in the same run (issue 9).
# Usage: bench/peers.sh [--runs N] [--10k] [--grammar] [--only-grammar] [--append]
#   --runs N   timed runs per command (default 5; the median, min and max are reported)
#   --10k      also the 10,000-file corpus (about 120 MB): scaling and memory without grammar
#   --grammar  also the grammar figures: notelint cold, warm and after one file changed,
#              build with grammar, and LanguageTool's own command line (one run: minutes)
#   --only-grammar  only the grammar figures; --append  add to the TSV instead of starting anew
# Corpora come from CorpusGenerator (seeded, from input/ and ../shared/corpus) into
# target/bench-corpus/; the peers from the npm registry (markdownlint-cli2, jscpd) into
# target/bench-npm and from Maven Central (languagetool-commandline) through bench/lt-cli.
# Writes target/bench-peers.tsv (one row per measurement) and prints the summary that
# bench/RESULTS.md quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; big=0; grammar=0; base=1; append=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --10k) big=1; shift ;;
    --grammar) grammar=1; shift ;;
    --only-grammar) grammar=1; base=0; shift ;;
    --append) append=1; shift ;;
    *) echo "usage: bench/peers.sh [--runs N] [--10k] [--grammar] [--only-grammar] [--append]" >&2; exit 2 ;;
  esac
done
. bench/common.sh
bench_classpath
npmdir=target/bench-npm
if [ ! -x "$npmdir/node_modules/.bin/markdownlint-cli2" ] || [ ! -x "$npmdir/node_modules/.bin/jscpd" ]; then
  mkdir -p "$npmdir"
  (cd "$npmdir" && npm init -y >/dev/null && npm install --no-audit --no-fund \
    markdownlint-cli2@0.24.1 jscpd@4.3.0 >/dev/null 2>&1)
fi
mdl="$npmdir/node_modules/.bin/markdownlint-cli2"
jscpd="$npmdir/node_modules/.bin/jscpd"
gen() { # gen DIR FILES
  [ -d "$1" ] || java -cp "$cp" org.notelint.bench.CorpusGenerator "$1" "$2" >&2
}
c1k=target/bench-corpus/1k; c10k=target/bench-corpus/10k
gen "$c1k" 1000
[ "$big" = 1 ] && gen "$c10k" 10000
out=target/bench-peers.tsv
[ "$append" = 1 ] || : > "$out"
nl="./notelint"  # the launcher: its JVM flags and class data sharing archive are part of the product
# measure NAME RUNS command...: wall seconds and peak RSS (KB) of each run, to the TSV.
measure() {
  local name="$1" n="$2"; shift 2
  for i in $(seq "$n"); do
    /usr/bin/time -f "%e %M" -o target/bench-time.txt "$@" >/dev/null 2>&1 || true
    read -r secs kb < <(tail -1 target/bench-time.txt)
    printf '%s\t%s\t%s\n' "$name" "$secs" "$kb" >> "$out"
  done
}
if [ "$base" = 1 ]; then
# Target 1: CI latency on the five seeds.
measure "seeds: notelint check --no-grammar" "$runs" $nl check input --no-grammar --no-cache --fail-on never
measure "seeds: markdownlint-cli2" "$runs" "$mdl" "input/*.txt"
# Target 2: throughput on 1k files; dedupe against jscpd.
measure "1k: notelint check --no-grammar" "$runs" $nl check "$c1k" --no-grammar --no-cache --fail-on never
measure "1k: notelint check --no-grammar --jobs 1" "$runs" $nl check "$c1k" --no-grammar --no-cache --fail-on never --jobs 1
measure "1k: markdownlint-cli2 (*.md)" "$runs" "$mdl" "$c1k/*.md"
measure "1k: jscpd (*.md)" "$runs" "$jscpd" --silent --reporters json --output target/bench-jscpd --format markdown --pattern "*.md" "$c1k"
md1k=$(mktemp -d); cp "$c1k"/*.md "$md1k"/
java -Xmx4g -cp "$cp" org.notelint.bench.DedupeScaling run "$md1k" 2 | sed 's/^/1k .md, dedupe stage in-process: /' | tee -a target/bench-dedupe.txt >&2
measure "1k (*.md): notelint check --no-grammar" "$runs" $nl check "$md1k" --no-grammar --no-cache --fail-on never
rm -rf "$md1k"
measure "1k: notelint build --no-grammar" "$runs" $nl build "$c1k" --no-grammar --no-cache --fail-on never --output target/bench-out
fi
if [ "$big" = 1 ] && [ "$base" = 1 ]; then
  measure "10k: notelint check --no-grammar" "$runs" $nl check "$c10k" --no-grammar --no-cache --fail-on never
  measure "10k: notelint check --no-grammar --jobs 1" 1 $nl check "$c10k" --no-grammar --no-cache --fail-on never --jobs 1
fi
if [ "$grammar" = 1 ]; then
  cache=$(mktemp -d)
  for i in $(seq "$runs"); do
    rm -rf "$cache"/*
    measure "1k: notelint check, grammar, cold" 1 $nl check "$c1k" --cache "$cache" --fail-on never
    measure "1k: notelint check, grammar, warm" 1 $nl check "$c1k" --cache "$cache" --fail-on never
  done
  one=$(ls "$c1k" | sed -n 1p); cp "$c1k/$one" target/bench-one.bak
  printf '\nOne more paragraph with a new sentense in it.\n' >> "$c1k/$one"
  measure "1k: notelint check, grammar, one file changed" 1 $nl check "$c1k" --cache "$cache" --fail-on never
  cp target/bench-one.bak "$c1k/$one"
  rm -rf "$cache"/*
  measure "1k: notelint build, grammar, cold" 1 $nl build "$c1k" --cache "$cache" --fail-on never --output target/bench-out
  mvn -B -q -Dstyle.color=never -f bench/lt-cli/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/lt-cli.classpath" >&2
  measure "1k: languagetool-commandline 6.8" 1 java -Xmx1g -cp "$(cat target/lt-cli.classpath)" \
    org.languagetool.commandline.Main -l en-US -r "$c1k"
  rm -rf "$cache"
fi
python3 - "$out" <<'PY'
import sys, statistics, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    name, secs, kb = line.rstrip("\n").split("\t")
    rows.setdefault(name, []).append((float(secs), int(kb)))
print(f"{'measurement':52s} {'runs':>4s} {'median s':>9s} {'min':>7s} {'max':>7s} {'peak MB':>8s}")
for name, v in rows.items():
    t = [s for s, _ in v]
    print(f"{name:52s} {len(t):4d} {statistics.median(t):9.2f} {min(t):7.2f} {max(t):7.2f} {max(k for _, k in v)/1000:8.0f}")
PY
