package org.notelint.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/** Test helpers: the repository's rule packs, and linting a snippet or file with them. */
public final class Rules {
  private static RuleSet shipped;

  private Rules() {}

  /** The packs in the repository's rules/ folder. */
  public static synchronized RuleSet shipped() {
    if (shipped == null) {
      try (Stream<Path> files = Files.list(Path.of("rules"))) {
        shipped = new RuleLoader().loadFiles(files.filter(p -> p.toString().endsWith(".yaml"))
            .sorted().toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuleFileException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return shipped;
  }

  /** A rule set holding only {@code rule}, with the shipped version facts. */
  public static RuleSet only(Rule rule) {
    return new RuleSet(List.of(rule), shipped().facts());
  }

  /** Lints {@code text} as a file named {@code name}. */
  public static List<Finding> lint(RuleSet set, String name, String text, String python) {
    NoteDocument doc = DocumentReader.read(name, text.getBytes(StandardCharsets.UTF_8));
    return org.notelint.pipeline.Pipeline.run(new Linter(set, PythonVersion.parse(python)),
        List.of(doc), 1).findings();
  }
}
