package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.Ingestor;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/**
 * The factual items DESIGN.md lists for the seeds are flagged at their exact lines with the
 * right category, and the correct statements it lists are not.
 */
class SeedFindingsTest {
  private static List<Finding> findings;

  @BeforeAll
  static void lintSeeds() throws IOException {
    List<NoteDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path p : files.sorted().toList()) {
        docs.add(Ingestor.readFile(p, p.getFileName().toString(), 16_000_000));
      }
    }
    findings = new Linter(Rules.shipped(), PythonVersion.parse(CliOptions.DEFAULT_PYTHON))
        .lint(docs, 1);
  }

  private static List<Finding> at(String seed, int line) {
    return findings.stream().filter(f -> f.file().startsWith(seed)
        && f.span().startLine() == line && f.category().isFactual()).toList();
  }

  @ParameterizedTest(name = "{0}:{1} {2} ({3})")
  @CsvSource({
      "002, 55, python2, result 2 before Python 2.7",
      "002, 82, misconception, 'foo' is 'foo'",
      "002, 148, misconception, t1 = (1) called a tuple",
      "002, 722, misconception, object.__new__(cls * args)",
      "002, 925, removed-api, import imp",
      "002, 927, removed-api, imp.reload",
      "002, 1102, misconception, itertools circle",
      "002, 1119, misconception, 100 instructions",
      "002, 1120, removed-api, sys.getcheckinterval()",
      "004, 2, python2, docs.python.org/2 link",
      "004, 5, misconception, 33 keywords in Python 3.3",
      "004, 27, misconception, staticmethod prevents overriding",
      "004, 30, misconception, __init__.py required",
      "004, 47, misconception, end of *.pyc",
      "004, 51, misconception, dict and set comprehensions in Python 3",
      "001, 45, outdated, apt install python3.5-dbg",
      "001, 58, misconception, tracemalloc 3.6+",
      "001, 84, misconception, asyncio.run_until_complete",
      "001, 87, outdated, don't use asyncio before 3.5.3",
      "001, 91, misconception, coroutine is a generator with sugar",
      "001, 190, misconception, dataclass field order",
  })
  void flagsTheKnownFalseStatement(String seed, int line, String category, String what) {
    assertThat(at(seed, line)).as("%s:%d %s", seed, line, what)
        .anyMatch(f -> f.category().label().equals(category));
  }

  @ParameterizedTest(name = "{0}:{1} stays quiet ({2})")
  @CsvSource({
      "004, 79, implicit relative imports are only supported in Python 2",
      "002, 1170, from Python 3.9 you can use list instead of List",
      "004, 4, Constructors: __init__()",
      "004, 10, nonlocal variable declaration",
      "001, 184, (3.7+) Data Classes",
  })
  void leavesTheCorrectStatementAlone(String seed, int line, String what) {
    assertThat(at(seed, line)).as("%s:%d %s", seed, line, what).isEmpty();
  }
}
