package org.notelint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.notelint.ingest.DocumentReader;
import org.notelint.ingest.Ingestor;
import org.notelint.ingest.InputException;
import org.notelint.model.Format;
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
 * Ingest throughput over the shared corpus (or {@code -Dnotelint.bench.corpus=DIR}). Run
 * with {@code bench/ingest.sh}, which turns the times into MB/s.
 *
 * <ul>
 *   <li>{@code readText}: decode + sniff + read, one thread, files already in memory, for the
 *       Markdown and text formats (Markdown, RST, banner, notebook export, org, plain);
 *       {@code readMarkdown} and {@code readOtherText} split it into Markdown and the rest;
 *   <li>{@code readAll}: the same for every file, notebooks and HTML included;
 *   <li>{@code ingestDirectory}: the whole ingest stage from disk with {@code jobs} workers.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {
  @Param({"1", "2"})
  public int jobs;

  private Path corpus;
  private final List<String> names = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private final List<Integer> textFiles = new ArrayList<>();
  private final List<Integer> markdownFiles = new ArrayList<>();
  private final List<Integer> otherTextFiles = new ArrayList<>();

  @Setup(Level.Trial)
  public void load() throws IOException {
    corpus = Path.of(System.getProperty("notelint.bench.corpus", "../shared/corpus"));
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        names.add(corpus.relativize(p).toString());
        contents.add(bytes);
        Format f = DocumentReader.read(names.get(names.size() - 1), bytes).format();
        if (f != Format.IPYNB && f != Format.HTML && f != Format.UNREAD) {
          textFiles.add(contents.size() - 1);
          (f == Format.MARKDOWN ? markdownFiles : otherTextFiles).add(contents.size() - 1);
        }
      }
    }
    long all = contents.stream().mapToLong(b -> b.length).sum();
    long text = textFiles.stream().mapToLong(i -> contents.get(i).length).sum();
    long md = markdownFiles.stream().mapToLong(i -> contents.get(i).length).sum();
    System.out.printf("%ncorpus: %d files, %d bytes; Markdown/text files: %d, %d bytes;"
        + " Markdown: %d, %d bytes; other text: %d, %d bytes%n", contents.size(), all,
        textFiles.size(), text, markdownFiles.size(), md, otherTextFiles.size(), text - md);
  }

  private int read(List<Integer> files) {
    int blocks = 0;
    for (int i : files) {
      blocks += DocumentReader.read(names.get(i), contents.get(i)).root().blocks().size();
    }
    return blocks;
  }

  @Benchmark
  public int readText() {
    return read(textFiles);
  }

  /** {@link #readText} for the files read as Markdown only (flexmark parses them). */
  @Benchmark
  public int readMarkdown() {
    return read(markdownFiles);
  }

  /** {@link #readText} for RST, banner text, notebook exports, org and plain text. */
  @Benchmark
  public int readOtherText() {
    return read(otherTextFiles);
  }

  @Benchmark
  public int readAll() {
    int blocks = 0;
    for (int i = 0; i < contents.size(); i++) {
      blocks += DocumentReader.read(names.get(i), contents.get(i)).root().blocks().size();
    }
    return blocks;
  }

  @Benchmark
  public List<NoteDocument> ingestDirectory() throws InputException {
    return new Ingestor(new Ingestor.Options(16_000_000, jobs, List.of()))
        .ingest(List.of(corpus)).documents();
  }
}
