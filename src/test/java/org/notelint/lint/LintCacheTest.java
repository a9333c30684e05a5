package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.ingest.Ingestor;
import org.notelint.model.Category;
import org.notelint.model.Finding;
import org.notelint.model.Fix;
import org.notelint.model.NoteDocument;
import org.notelint.model.Severity;
import org.notelint.model.SourceSpan;
import org.notelint.testing.CliRun;

class LintCacheTest {
  @TempDir Path dir;

  private static NoteDocument doc(Path file, String name) throws Exception {
    return Ingestor.readFile(file, name, 1_000_000);
  }

  @Test
  void findingsSurviveTheFileIntact() throws Exception {
    Path note = Files.writeString(dir.resolve("n.md"), "# N\n\ntext\n");
    NoteDocument d = doc(note, "n.md");
    String longText = "x".repeat(70_000) + "é";
    List<Finding> findings = List.of(
        new Finding("PY2-001", Severity.ERROR, Category.PYTHON2, "print statement",
            "n.md", new SourceSpan(3, 1, 3, 5, -1), new Fix("call print", longText), List.of()),
        new Finding("DUP-001", Severity.NOTE, Category.DUPLICATE, "repeats b.md",
            "n.md", new SourceSpan(1, 1, 2, 4, 7),
            null, List.of(new Finding.Location("b.md", new SourceSpan(9, 2, 9, 8, -1), "copy"))));
    LintCache first = new LintCache("fp");
    first.put(first.key(d), findings);
    first.save(dir.resolve("c/lint.bin"));
    LintCache second = new LintCache("fp");
    assertThat(second.load(dir.resolve("c/lint.bin"))).isNull();
    assertThat(second.get(second.key(d))).isEqualTo(findings);
    assertThat(second.hits()).isEqualTo(1);
    LintCache other = new LintCache("another fingerprint");
    assertThat(other.load(dir.resolve("c/lint.bin"))).isNull();
    assertThat(other.get(other.key(d))).isNull();
    assertThat(other.misses()).isEqualTo(1);
  }

  @Test
  void theKeyFollowsTheNoteItsPathAndItsFormat() throws Exception {
    LintCache c = new LintCache("fp");
    Path a = Files.writeString(dir.resolve("a.md"), "# N\n\ntext\n");
    Path b = Files.writeString(dir.resolve("b.md"), "# N\n\ntext!\n");
    Path crlf = Files.writeString(dir.resolve("c.md"), "# N\r\n\r\ntext\r\n");
    String key = c.key(doc(a, "a.md"));
    assertThat(c.key(doc(a, "a.md"))).isEqualTo(key);
    assertThat(c.key(doc(a, "sub/a.md"))).isNotEqualTo(key);
    assertThat(c.key(doc(b, "a.md"))).isNotEqualTo(key);
    assertThat(c.key(doc(crlf, "a.md"))).isNotEqualTo(key);
  }

  @Test
  void aBrokenOrForeignFileIsIgnoredWithAReason() throws IOException {
    Path f = Files.write(dir.resolve("lint.bin"), new byte[] {'N', 'L', 'L', 'C', 0, 0, 0, 1, 0});
    LintCache c = new LintCache("fp");
    assertThat(c.load(f)).isEqualTo(f + ": cut short; ignored");
    Files.writeString(f, "garbage, not a cache");
    assertThat(c.load(f)).isEqualTo(f + ": not a notelint lint cache of this version; ignored");
    assertThat(c.load(dir.resolve("missing.bin"))).isNull();
  }

  @Test
  void aChangedRuleFileIsNotAnsweredFromTheCache() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    for (Path p : Files.newDirectoryStream(Path.of("rules"), "*.yaml")) {
      Files.copy(p, rules.resolve(p.getFileName()));
    }
    Files.writeString(dir.resolve("n.md"), "# N\n\n```python\nprint 'hi'\n```\n");
    String[] args = {"check", "n.md", "--no-grammar", "--cache", "c", "--rules", "rules", "-v"};
    CliRun cold = CliRun.of(dir, args);
    assertThat(cold.out()).contains("[PY2-001] print statement is Python 2 syntax");
    Path py2 = rules.resolve("python2.yaml");
    Files.writeString(py2, Files.readString(py2).replace(
        "print statement is Python 2 syntax;", "print statement (Python 2 only);"));
    CliRun changed = CliRun.of(dir, args);
    assertThat(changed.err()).contains("cache: 0 of 1 notes unchanged");
    assertThat(changed.out()).contains("[PY2-001] print statement (Python 2 only);");
    CliRun older = CliRun.of(dir, "check", "n.md", "--no-grammar", "--cache", "c", "-v",
        "--rules", "rules", "--python", "3.8");
    assertThat(older.err()).contains("cache: 0 of 1 notes unchanged");
    assertThat(CliRun.of(dir, args).err()).contains("cache: 1 of 1 notes unchanged");
  }

  @Test
  void anUnchangedNoteStillGetsTheDuplicateFindingsOfThisRun() throws IOException {
    String para = "A generator function returns an iterator that yields its values lazily, one at a"
        + " time, which saves memory when the sequence is long.\n";
    Files.writeString(dir.resolve("a.md"), "# A\n\nSomething else entirely, about decorators"
        + " and how they wrap a function in another one.\n");
    Files.writeString(dir.resolve("b.md"), "# B\n\n" + para);
    String[] args = {"check", ".", "--no-grammar", "--cache", "c", "-v", "--fail-on", "never"};
    CliRun first = CliRun.of(dir, args);
    assertThat(first.out()).doesNotContain("DUP-");
    Files.writeString(dir.resolve("a.md"), "# A\n\n" + para);
    CliRun second = CliRun.of(dir, args);
    assertThat(second.err()).contains("cache: 1 of 2 notes unchanged");
    assertThat(second.out()).startsWith("b.md:3:1: warning [DUP-001] repeats a.md:3 word for word\n");
    Files.delete(dir.resolve("c/lint.bin"));
    CliRun fresh = CliRun.of(dir, args);
    assertThat(fresh.err()).contains("cache: 0 of 2 notes unchanged");
    assertThat(second.out()).isEqualTo(fresh.out());
  }
}
