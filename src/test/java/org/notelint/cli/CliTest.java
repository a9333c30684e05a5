package org.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract, run in-process: output, exit codes, what build writes and never touches. */
class CliTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private Run run(Path cwd, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), cwd, false).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run(Path.of(""), args);
  }

  @Test
  void helpListsCommandsOptionsAndExitCodes() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("check [PATH...]", "build [PATH...]", "rules [ID]",
        "inspect FILE", "--fail-on", "--python", "--jobs", "Exit codes");
  }

  @Test
  void versionPrintsTheVersion() {
    assertThat(run("--version").out()).isEqualTo("notelint " + Cli.VERSION + "\n");
  }

  @Test
  void unknownOptionIsOneLinePlusUsageAndExitTwo() {
    Run r = run("check", "--frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(2);
    assertThat(r.err()).startsWith("notelint: Unrecognized option: --frobnicate\nusage: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badValuesExitTwoNamingTheOption() {
    assertThat(run("check", "--fail-on", "sometimes").err()).contains("bad --fail-on 'sometimes'");
    assertThat(run("check", "--fail-on", "sometimes").code()).isEqualTo(2);
    assertThat(run("check", "--jobs", "0").err()).contains("bad --jobs '0'");
    assertThat(run("check", "--python", "three").err()).contains("bad --python 'three'");
    assertThat(run("frob").err()).contains("unknown command 'frob'");
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void missingPathIsExitThree() {
    Run r = run("check", "no/such/notes");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("notelint: no/such/notes: no such file or directory\n");
  }

  @Test
  void checkOnTheSeedsPrintsSortedFindingsAndExitsOneOnWarnings() {
    Run r = run("check", "input");
    assertThat(r.code()).isEqualTo(1);
    org.notelint.testing.Snapshots.assertMatches("check/input.txt", r.out());
    assertThat(run("check", "--fail-on", "error", "input").code()).isEqualTo(1);
    assertThat(run("check", "--fail-on", "never", "input").code()).isZero();
  }

  @Test
  void aBadRuleFileIsAUsageErrorNamingFileAndLine() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("myrules"));
    Files.writeString(rules.resolve("mine.yaml"), "rules:\n  - id: MY-001\n    colour: red\n");
    Files.writeString(dir.resolve("n.md"), "# N\n");
    Run r = run(dir, "check", "--rules", "myrules", "n.md");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("notelint: myrules/mine.yaml:3: unknown key 'colour'");
    assertThat(run(dir, "check", "--rules", "nowhere", "n.md").err())
        .isEqualTo("notelint: --rules nowhere: no such directory\n");
  }

  @Test
  void rulesExplainsOneRuleWithItsExamples() {
    Run r = run("rules", "PY2-006");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("PY2-006 xrange\nseverity: warning, category: python2\n"
        + "reads: inline-code, code\n")
        .contains("bad (python):\n  1 | for i in xrange(10):\n    |     pass\n")
        .contains("references:\n  https://docs.python.org/3/whatsnew/3.0.html\n");
  }

  @Test
  void checkOutputIsTheSameWhateverTheThreadCount() {
    Run one = run("check", "--jobs", "1", "input");
    Run two = run("check", "--jobs", "2", "input");
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void pythonVersionDecidesWhatIsRemoved() {
    Path f = dir.resolve("n.md");
    try {
      Files.writeString(f, "```python\nimport imp\nimport sys\nsys.getcheckinterval()\n```\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(run(dir, "check", "--python", "3.14", "n.md").out())
        .contains("n.md:2:8: error [API-001] imp was removed in Python 3.12")
        .contains("n.md:4:1: error [API-001] sys.getcheckinterval() was removed in Python 3.9");
    assertThat(run(dir, "check", "--python", "3.8", "n.md").out())
        .contains("n.md:2:8: warning [API-002] imp is deprecated since Python 3.4")
        .contains("n.md:4:1: warning [API-002] sys.getcheckinterval() is deprecated since Python 3.2");
    assertThat(run(dir, "check", "--python", "3.1", "n.md").out()).contains("no findings");
  }

  @Test
  void findingsPrintAsPathLineColSeverityRuleMessageAndFailOnDecidesTheExit() throws IOException {
    Files.writeString(dir.resolve("a.md"), "# A\n\ntext\n");
    Files.write(dir.resolve("b.md"), new byte[] {'#', ' ', 'B', (byte) 0xFF, '\n', '\n', 'x', '\n'});
    Run r = run(dir, "check", ".");
    assertThat(r.out()).isEqualTo("b.md:1:4: warning [ENC-001] invalid UTF-8 byte sequence "
        + "replaced by U+FFFD\n1 finding in 2 files (0 errors, 1 warning, 0 notes); by category: "
        + "encoding 1\n");
    assertThat(r.code()).isEqualTo(1);
    assertThat(run(dir, "check", ".", "--fail-on", "error").code()).isZero();
    assertThat(run(dir, "check", ".", "--fail-on", "never").code()).isZero();
    assertThat(run(dir, "check", ".", "--quiet").out()).doesNotContain("finding in");
  }

  @Test
  void pathsAreShownRelativeToTheWorkingDirectory() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.write(notes.resolve("b.md"), new byte[] {'x', (byte) 0xFF, '\n'});
    assertThat(run(dir, "check", "notes").out()).startsWith("notes/b.md:1:2: ");
  }

  @Test
  void buildWritesTheReportAndLeavesInputsAlone() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("a.md"), "# A\n\ntext\n");
    long before = Files.getLastModifiedTime(notes.resolve("a.md")).toMillis();
    Run r = run(dir, "build", "notes", "--output", "out");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("out/report.txt"))).startsWith(
        "no findings in 1 file\n\nguide: 1 content unit: 1 kept, 0 duplicate, 0 held back,"
        + " 0 dropped; 0 corrections\n");
    assertThat(Files.readString(dir.resolve("out/guide.md"))).contains(
        "## Miscellaneous\n\ntext <sup>a:3</sup>\n");
    assertThat(Files.readString(dir.resolve("out/guide.html"))).contains(
        "<h2 id=\"miscellaneous\">Miscellaneous</h2>");
    assertThat(Files.getLastModifiedTime(notes.resolve("a.md")).toMillis()).isEqualTo(before);
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(".cache", "guide.html", "guide.md", "report.html", "report.json",
              "report.junit.xml", "report.sarif", "report.txt");
    }
    assertThat(dir.resolve("out/.cache/prose-en-US.bin")).isRegularFile();
  }

  @Test
  void langAndCacheOptionsAreChecked() {
    Run r = run("check", "--lang", "de-DE");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad --lang 'de-DE': use one of en-US, en-GB, en-AU, en-CA, "
        + "en-NZ, en-ZA");
    assertThat(run("check", "--cache", "c", "--no-cache").err())
        .contains("--cache and --no-cache exclude each other");
  }

  @Test
  void spellingFindingsCarryTheLanguageToolIdAndTheFix() throws IOException {
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nThe Lenght of a list.\n\n"
        + "Call `lenght()` here; kwargs and asyncio are fine.\n");
    Run r = run(dir, "check", "n.md", "--no-cache");
    assertThat(r.out()).isEqualTo("n.md:3:5: warning [LT:MORFOLOGIK_RULE_EN_US] possible "
        + "misspelling 'Lenght'; did you mean 'Length'?\n"
        + "1 finding in 1 file (0 errors, 1 warning, 0 notes); by category: spelling 1\n");
    assertThat(run(dir, "check", "n.md", "--no-grammar").out()).startsWith("no findings");
    Run gb = run(dir, "check", "n.md", "--no-cache", "--lang", "en-GB");
    assertThat(gb.out()).contains("[LT:MORFOLOGIK_RULE_EN_GB]");
  }

  @Test
  void sarifDescribesALanguageToolRuleTheSameColdAndFromTheCache() throws IOException {
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nThis is a incredibly long list.\n");
    Run cold = run(dir, "check", "n.md", "--cache", "c", "--format", "sarif");
    Run warm = run(dir, "check", "n.md", "--cache", "c", "--format", "sarif");
    assertThat(cold.out()).containsPattern("\"id\": \"LT:EN_A_VS_AN\",\\s+\"name\": "
        + "\"lt-en-a-vs-an\",\\s+\"shortDescription\": \\{\\s+\"text\": \"Use of 'a' vs. 'an'\"")
        .contains("\"helpUri\": \"https://community.languagetool.org/rule/show/EN_A_VS_AN?lang=en\"");
    assertThat(warm.out()).isEqualTo(cold.out());
  }

  @Test
  void aLanguageToolRuleThatDoesNotExistIsAConfigurationError() throws IOException {
    Files.createDirectories(dir.resolve("rules/prose"));
    Files.writeString(dir.resolve("rules/prose/languagetool.yaml"),
        "disable:\n  NO_SUCH_RULE_X: \"a reason\"\n");
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nA note.\n");
    Run r = run(dir, "check", "n.md", "--no-cache");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("notelint: rules/prose/languagetool.yaml:2: LanguageTool 6.8 "
        + "has no English rule NO_SUCH_RULE_X (notelint rules LT lists them)\n");
  }

  @Test
  void aLanguageToolRuleThatDoesNotExistIsAnErrorWhenNoPassageNeedsLanguageTool()
      throws IOException {
    // Only code: LanguageTool never starts, and the settings are still checked.
    Files.writeString(dir.resolve("n.md"), "```python\nx = 1\n```\n");
    Files.createDirectories(dir.resolve("rules/prose"));
    Files.writeString(dir.resolve("rules/prose/languagetool.yaml"),
        "disable:\n  NO_SUCH_RULE_X: \"a reason\"\n");
    Run r = run(dir, "check", "n.md", "--cache", "c");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("notelint: rules/prose/languagetool.yaml:2: LanguageTool 6.8 "
        + "has no English rule NO_SUCH_RULE_X");
  }

  @Test
  void aSecondRunTakesAnUnchangedNoteFromTheCache() throws IOException {
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nThis is a incredibly usefull note.\n");
    Run cold = run(dir, "check", "n.md", "--cache", "c", "-v");
    Run warm = run(dir, "check", "n.md", "--cache", "c", "-v");
    assertThat(cold.err()).contains("cache: 0 of 1 notes unchanged", "2 passages (",
        "0 from the cache, 2 checked by LanguageTool");
    assertThat(warm.err()).contains("cache: 1 of 1 notes unchanged")
        .doesNotContain("checked by LanguageTool");
    assertThat(warm.out()).isEqualTo(cold.out()).contains("[LT:EN_A_VS_AN]", "'usefull'");
  }

  @Test
  void aChangedNoteTakesItsUnchangedPassagesFromTheCache() throws IOException {
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nThis is a incredibly usefull note.\n");
    Run cold = run(dir, "check", "n.md", "--cache", "c", "-v");
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nThis is a incredibly usefull note.\n"
        + "\n```python\nx = 1\n```\n");
    Run changed = run(dir, "check", "n.md", "--cache", "c", "-v");
    assertThat(changed.err()).contains("cache: 0 of 1 notes unchanged",
        "2 from the cache, 0 checked by LanguageTool");
    assertThat(changed.out()).isEqualTo(cold.out());
  }

  @Test
  void aBrokenCacheFileIsIgnoredAndReplaced() throws IOException {
    Files.writeString(dir.resolve("n.md"), "# Notes\n\nA usefull note.\n");
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("c/prose-en-US.bin"), "garbage");
    Run r = run(dir, "check", "n.md", "--cache", "c");
    assertThat(r.err()).contains("prose-en-US.bin: ").contains("ignored");
    assertThat(r.out()).contains("'usefull'");
    assertThat(run(dir, "check", "n.md", "--cache", "c").err()).isEmpty();
  }

  @Test
  void buildNeverIngestsItsOwnOutputFolderInsideTheInput() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("a.md"), "# A\n\ntext\n");
    run(dir, "build", "notes", "--output", "notes/out");
    Files.write(dir.resolve("notes/out/junk.md"), new byte[] {(byte) 0xFF});
    Run second = run(dir, "build", "notes", "--output", "notes/out");
    assertThat(second.out()).contains("read 1 file;");
    assertThat(Files.readString(notes.resolve("out/report.txt"))).startsWith(
        "no findings in 1 file\n\nguide: 1 content unit: 1 kept,");
  }

  @Test
  void aCacheFolderInsideTheInputIsNeverReadAsANote() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("notes")).resolve("a.md"), "# A\n\nx\n");
    run(dir, "check", "notes", "--cache", "notes/.c", "--no-grammar");
    assertThat(Files.exists(dir.resolve("notes/.c/lint.bin"))).isTrue();
    Run second = run(dir, "check", "notes", "--cache", "notes/.c", "--no-grammar");
    assertThat(second.out()).isEqualTo("no findings in 1 file\n");
  }

  @Test
  void buildSaysWhereItWroteAsTheUserTypedIt() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("notes")).resolve("a.md"), "# A\n");
    Run r = run(dir, "build", "notes", "--output", "../elsewhere/out");
    assertThat(r.out()).startsWith("notelint: read 1 file; wrote ../elsewhere/out/guide.md,"
        + " ../elsewhere/out/guide.html and ../elsewhere/out/report.{txt,json,sarif,junit.xml,html}\n");
  }

  @Test
  void outputPathBlockedByAFileIsExitThreeWithAReason() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("notes")).resolve("a.md"), "# A\n");
    Files.writeString(dir.resolve("taken"), "x");
    Run r = run(dir, "build", "notes", "--output", "taken");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).startsWith("notelint: cannot write to taken: a file is in the way");
  }

  @Test
  void folderWithNoNotesNamesThePathAsTyped() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("empty")).resolve(".hidden"), "x");
    Run r = run(dir, "check", "empty");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("notelint: no note files found in empty\n");
  }

  @Test
  void inspectShowsFormatEvidenceAndOutline() {
    Run r = run("inspect", "input/003_83344bcf0ffb8d57.txt");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("format: rst", "because: scores:",
        "definition 8-15 term=\"**GIL** [1]_ [2]_ [3]_ [4]_\"");
    assertThat(run("inspect", "input").code()).isEqualTo(2);
  }

  @Test
  void rulesListsAndExplains() {
    assertThat(run("rules").out()).contains("ENC-001", "NB-001");
    Run one = run("rules", "NB-001");
    assertThat(one.out()).startsWith("NB-001 broken-notebook-json\nseverity: error, category: notebook");
    assertThat(run("rules", "XX-999").code()).isEqualTo(2);
    assertThat(run("rules", "near-duplicate").out()).startsWith("DUP-002 near-duplicate\n"
        + "severity: note, category: duplicate\nreads: prose, list\n"
        + "compares: near duplicates, containment 0.8, jaccard 0.5, min-words 8, shingle 3\n");
  }

  @Test
  void rulesListsAndExplainsLanguageToolRulesWithTheirStatusInNotes() throws IOException {
    Run all = run(dir, "rules", "LT");
    assertThat(all.code()).isZero();
    assertThat(all.out()).containsPattern("(?m)^LT:EN_A_VS_AN +grammar +warning on +Use of 'a'")
        .containsPattern("(?m)^LT:ID_CASING +grammar +warning off +")
        .containsPattern("(?m)^LT:EN_UNPAIRED_QUOTES +grammar +\\w+ +on, not fragments +")
        .containsPattern("(?m)^LT:PHRASE_REPETITION +grammar +\\w+ +on, not strings +");
    assertThat(run(dir, "rules", "lt:id_casing").out()).isEqualTo("LT:ID_CASING lt-id-casing\n"
        + "severity: warning, category: grammar\nvariants: all\n"
        + "in notes: off: 27 of 27 false: 'id' in notes is Python's id() or a column name, not"
        + " 'ID'.\nin the guide: its suggestion is reported; the text is kept as written\n"
        + "\nid (ID / I'd)\n\nReported by LanguageTool 6.8 (ID_CASING). Switch it off in"
        + " rules/prose/languagetool.yaml, or add words to a list in rules/prose/.\n\n"
        + "references:\n  https://community.languagetool.org/rule/show/ID_CASING?lang=en\n");
    assertThat(run(dir, "rules", "LT:EN_COMPOUNDS_TIME_CONSUMING").out())
        .startsWith("LT:EN_COMPOUNDS_TIME_CONSUMING lt-en-compounds-time-consuming\n")
        .contains("\nin the guide: its suggestion is applied: Compounds written as one word");
    // A rules folder's settings decide the status.
    Files.createDirectories(dir.resolve("rules/prose"));
    Files.writeString(dir.resolve("rules/prose/languagetool.yaml"),
        "disable:\n  EN_A_VS_AN: \"not for us\"\n");
    assertThat(run(dir, "rules", "LT:EN_A_VS_AN").out()).contains("in notes: off: not for us\n");
    Run none = run(dir, "rules", "LT:NO_SUCH_RULE");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("notelint: unknown rule 'LT:NO_SUCH_RULE': LanguageTool 6.8"
        + " has no such English rule");
  }

  @Test
  void outputIsIdenticalWhateverTheThreadCountAndFileOrder() throws IOException {
    Path notes = Files.createDirectories(dir.resolve("notes"));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add("n" + i + ".md");
    }
    Collections.shuffle(names, new Random(7));
    for (String n : names) {
      String copy = n.hashCode() % 3 == 0 ? "\nThe lock lets only one thread run Python "
          + "bytecode at a time in a process.\n" : "";
      byte[] bad = ("# " + n + "\n\ntext \u00e9\n" + copy)
          .getBytes(StandardCharsets.ISO_8859_1);
      Files.write(notes.resolve(n), bad);
    }
    Run one = run(dir, "check", "notes", "--jobs", "1");
    Run four = run(dir, "check", "notes", "--jobs", "4");
    assertThat(one.out()).isNotEmpty().contains("[DUP-001]").isEqualTo(four.out());
    assertThat(run(dir, "check", "notes/n3.md", "notes/n1.md").out())
        .isEqualTo(run(dir, "check", "notes/n1.md", "notes/n3.md").out());
    run(dir, "build", "notes", "--jobs", "1", "--no-grammar", "--output", "out1");
    run(dir, "build", "notes", "--jobs", "4", "--no-grammar", "--output", "out4");
    for (String f : List.of("guide.md", "guide.html", "report.txt", "report.json",
        "report.sarif", "report.junit.xml", "report.html")) {
      assertThat(dir.resolve("out4").resolve(f)).as(f)
          .hasSameBinaryContentAs(dir.resolve("out1").resolve(f));
    }
    for (String format : List.of("json", "sarif", "junit", "github")) {
      assertThat(run(dir, "check", "notes", "--jobs", "4", "--format", format).out())
          .as(format).isEqualTo(run(dir, "check", "notes", "--jobs", "1", "--format", format)
              .out());
    }
  }
}
