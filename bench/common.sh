# Sourced by the bench scripts (run from the project root).
# bench_classpath: builds the jar and the test classes (where the benchmarks live) and sets
# $cp to the class path they run with: test classes, classes and every dependency.
bench_classpath() {
  mvn -B -q -Dstyle.color=never -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
  cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
}

# run_jmh CLASS NAME HEAP: one JMH fork of CLASS over $corpus, 3 x 2 s warm-up and 5 x 2 s
# measured, average time per op; the table goes to target/bench-NAME.txt (and the screen).
run_jmh() {
  java -Xmx"$3" -cp "$cp" -Dnotelint.bench.corpus="$corpus" org.openjdk.jmh.Main "$1" \
    -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff "target/bench-$2-jmh.txt" | tee "target/bench-$2.txt"
}
