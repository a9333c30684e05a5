package org.notelint.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleLoader;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rule evaluation over the shared corpus (documents ingested once, outside the timing):
 * every shipped rule pack, no LanguageTool. Run with {@code bench/lint.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LintBenchmark {
  @Param({"1", "2"})
  public int jobs;

  private List<NoteDocument> docs;
  private Linter linter;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path corpus = Path.of(System.getProperty("notelint.bench.corpus", "../shared/corpus"));
    docs = new Ingestor(new Ingestor.Options(64_000_000, 2, List.of()))
        .ingest(List.of(corpus)).documents();
    linter = new Linter(new RuleLoader().load(Path.of("rules")),
        PythonVersion.parse(CliOptions.DEFAULT_PYTHON));
    long bytes = docs.stream().mapToLong(NoteDocument::bytes).sum();
    System.out.printf("%nlint corpus: %d files, %d bytes%n", docs.size(), bytes);
  }

  @Benchmark
  public List<Finding> lint() {
    return linter.lint(docs, jobs);
  }
}
