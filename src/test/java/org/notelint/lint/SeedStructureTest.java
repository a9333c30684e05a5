package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.notelint.cli.CliOptions;
import org.notelint.ingest.Ingestor;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.NoteDocument;

/**
 * The structure, notebook and encoding findings on the five seeds, all of them: the items
 * DESIGN.md and the issue name, at their exact lines, and nothing else from these rules.
 */
class SeedStructureTest {
  @Test
  void theSeedsGiveExactlyTheStructuralFindingsTheIssueNames() throws IOException {
    List<NoteDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path p : files.sorted().toList()) {
        docs.add(Ingestor.readFile(p, p.getFileName().toString(), 16_000_000));
      }
    }
    List<String> got = new Linter(Rules.shipped(), PythonVersion.parse(CliOptions.DEFAULT_PYTHON))
        .lint(docs, 1).stream()
        .filter(f -> f.category() == Category.STRUCTURE || f.category() == Category.NOTEBOOK
            || f.category() == Category.ENCODING)
        .map(SeedStructureTest::describe).toList();
    assertThat(got).containsExactly(
        "000:34:12 STR-005 placeholder '...' left in the note",
        "000:100:1 STR-003 section 'PyPy' is empty: the next heading or the end of the file follows at once",
        "001:11:14 STR-011 this Python code is a syntax error: '=' assigns; 'assert' needs the comparison '==' fix '=='",
        "001:163:50 ENC-003 'â€¦' is UTF-8 read as Windows-1252; it should read '…' fix '…'",
        "002:27:20 STR-001 link target '#s-multithresding' matches no heading or anchor in this note; did you mean '#s-multithreading'? fix '#s-multithreading'",
        "002:37:16 STR-001 link target '#-typing' matches no heading or anchor in this note; did you mean '#s-typing'? fix '#s-typing'",
        "002:38:15 STR-001 link target '#s-files' matches no heading or anchor in this note",
        "002:39:21 STR-001 link target '#s-dataclasses' matches no heading or anchor in this note",
        "002:40:18 STR-001 link target '#s-pydantic' matches no heading or anchor in this note",
        "002:889:1 NB-002 this cell was interrupted by hand (KeyboardInterrupt); re-run it or clear its output",
        "002:896:1 NB-004 8 code cells never ran (first here) while 25 others did: their outputs are missing");
  }

  private static String describe(Finding f) {
    return f.file().substring(0, 3) + ":" + f.span().startLine() + ":" + f.span().startColumn()
        + " " + f.ruleId() + " " + f.message()
        + (f.fix() == null ? "" : " fix '" + f.fix().replacement() + "'");
  }
}
