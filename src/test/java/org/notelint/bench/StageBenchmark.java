package org.notelint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.notelint.cli.CliOptions;
import org.notelint.dedupe.Deduper;
import org.notelint.ingest.Ingestor;
import org.notelint.lint.Linter;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleLoader;
import org.notelint.lint.RuleSet;
import org.notelint.lint.Units;
import org.notelint.lint.kinds.DuplicateRule;
import org.notelint.merge.Guide;
import org.notelint.merge.Merger;
import org.notelint.merge.Taxonomy;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;
import org.notelint.pipeline.Pipeline;
import org.notelint.prose.LanguageToolEngine;
import org.notelint.prose.ProseChunk;
import org.notelint.prose.ProseConfig;
import org.notelint.prose.ProseExtractor;
import org.notelint.util.Parallel;
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
 * The stages after ingest and rule evaluation, each timed alone over documents read once
 * outside the timing (the shared corpus, or {@code -Dnotelint.bench.corpus=DIR}):
 * <ul>
 *   <li>{@code dedupe}: the duplicate stage ({@link Deduper}) with the shipped settings;
 *   <li>{@code merge}: topic placement and the guide ({@link Merger}) from the findings and
 *       clusters computed once in setup;
 *   <li>{@code grammar}: the LanguageTool adapter ({@link LanguageToolEngine}) over the prose
 *       of the seeds in {@code input/} as the spelling stage cuts it, LanguageTool loaded and
 *       warm, no result cache (every passage is checked); {@code jobs} threads share the
 *       passages, as the linter's workers do.
 * </ul>
 * Run with {@code bench/stages.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {
  @Param({"1", "2"})
  public int jobs;

  private List<NoteDocument> docs;
  private List<NoteDocument> seeds;
  private RuleSet rules;
  private Taxonomy taxonomy;
  private List<Finding> findings;
  private Deduper.Result duplicates;
  private LanguageToolEngine engine;
  private List<ProseChunk> passages;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path corpus = Path.of(System.getProperty("notelint.bench.corpus", "../shared/corpus"));
    Ingestor ingestor = new Ingestor(new Ingestor.Options(64_000_000, 2, List.of()));
    docs = ingestor.ingest(List.of(corpus)).documents();
    seeds = ingestor.ingest(List.of(Path.of("input"))).documents();
    rules = new RuleLoader().load(Path.of("rules"));
    taxonomy = Taxonomy.load(Path.of("rules"), "rules");
    Pipeline.Result run = Pipeline.run(
        new Linter(rules, PythonVersion.parse(CliOptions.DEFAULT_PYTHON)), docs, 2);
    findings = run.findings();
    duplicates = run.duplicates();
    engine = new LanguageToolEngine("en-US", ProseConfig.load(Path.of("rules"), "rules"));
    passages = new ArrayList<>();
    for (NoteDocument d : seeds) {
      passages.addAll(ProseExtractor.extract(Units.of(d)).chunks());
    }
    grammar(); // loads LanguageTool on each worker thread
    long bytes = docs.stream().mapToLong(NoteDocument::bytes).sum();
    long chars = passages.stream().mapToLong(ProseChunk::length).sum();
    System.out.printf("%nstage corpus: %d files, %d bytes; seed prose: %d passages, %d chars%n",
        docs.size(), bytes, passages.size(), chars);
  }

  @Benchmark
  public Deduper.Result dedupe() {
    return new Deduper(DuplicateRule.settings(rules), jobs).run(docs);
  }

  @Benchmark
  public Guide merge() {
    return new Merger(taxonomy, jobs).merge(docs, findings, duplicates);
  }

  @Benchmark
  public int grammar() {
    return Parallel.map(passages, jobs, engine::check).stream().mapToInt(List::size).sum();
  }
}
