#!/usr/bin/env bash
# Spelling and grammar throughput: notelint (cold cache, then warm) beside LanguageTool's own
# command-line tool (languagetool-commandline, same version) on the same files, in one run.
# Usage: bench/prose.sh [CORPUS_DIR] [RUNS]   (default ../shared/corpus, 3 runs each)
# Whole-process wall times; characters are those of the corpus files (wc -m). notelint's
# prose stage alone is its check time minus `check --no-grammar` on the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
runs="${2:-3}"
mvn -B -q -Dstyle.color=never -DskipTests package >&2
mvn -B -q -Dstyle.color=never -f bench/lt-cli/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/lt-cli.classpath" >&2
ltcp="$(cat target/lt-cli.classpath)"
chars=$(find "$corpus" -type f ! -name '*.md5' -print0 | xargs -0 cat | wc -m)
files=$(find "$corpus" -type f | wc -l)
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -a lt cold warm nogr
for i in $(seq "$runs"); do
  lt+=("$(time_of java -Xmx512m -cp "$ltcp" org.languagetool.commandline.Main -l en-US -r "$corpus")")
  rm -rf "$cache"/*
  cold+=("$(time_of java -Xmx512m -jar target/notelint.jar check "$corpus" --cache "$cache" --fail-on never)")
  warm+=("$(time_of java -Xmx512m -jar target/notelint.jar check "$corpus" --cache "$cache" --fail-on never)")
  nogr+=("$(time_of java -Xmx512m -jar target/notelint.jar check "$corpus" --no-grammar --fail-on never)")
done
java -Xmx512m -jar target/notelint.jar check "$corpus" --cache "$cache" -v --fail-on never 2>&1 >/dev/null \
  | grep 'grammar: .* passages' || true
report() {
  local name="$1"; shift
  local m; m=$(printf '%s\n' "$@" | median)
  printf '%-34s median %6.2f s  (min %.2f, max %.2f)  %8.0f chars/s\n' "$name" "$m" \
    "$(printf '%s\n' "$@" | sort -n | head -1)" "$(printf '%s\n' "$@" | sort -n | tail -1)" \
    "$(echo "$chars / $m" | bc -l)"
}
echo "corpus: $corpus, $files files, $chars characters; $runs runs each; $(nproc) cores"
report "languagetool-commandline 6.8" "${lt[@]}"
report "notelint check, cold cache" "${cold[@]}"
report "notelint check, warm cache" "${warm[@]}"
report "notelint check --no-grammar" "${nogr[@]}"
