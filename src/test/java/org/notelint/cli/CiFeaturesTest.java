package org.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.testing.CliRun;

/** What CI runs rely on: baselines, --changed-since, the settings file, --format github. */
class CiFeaturesTest {
  @TempDir
  Path dir;

  private CliRun run(String... args) {
    return CliRun.of(dir, args);
  }

  private Path note(String name, String text) throws IOException {
    Path p = dir.resolve("notes").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static final String OLD_API = "# GIL\n\nTune it with sys.getcheckinterval() as needed.\n";

  @Test
  void baselineSurvivesLinesInsertedAboveAndFailsOnANewFinding() throws IOException {
    Path a = note("a.md", OLD_API);
    CliRun write = run("check", "notes", "--no-grammar", "--no-cache", "--write-baseline",
        "base.json");
    assertThat(write.code()).isZero();
    assertThat(write.err()).isEqualTo("notelint: wrote base.json: 1 finding accepted\n");
    assertThat(write.out()).isEqualTo("no findings in 1 file; 1 accepted by the baseline\n");
    assertThat(Files.readString(dir.resolve("base.json"))).contains(
        "\"ruleId\": \"API-001\"", "\"line\": \"Tune it with sys.getcheckinterval() as needed.\"");

    Files.writeString(a, "# GIL\n\nA new first paragraph.\n\nAnd another.\n\n"
        + "Tune it with   sys.getcheckinterval() as needed.\n");
    CliRun shifted = run("check", "notes", "--no-grammar", "--no-cache", "--baseline", "base.json");
    assertThat(shifted.code()).as(shifted.out()).isZero();
    assertThat(shifted.out()).isEqualTo("no findings in 1 file; 1 accepted by the baseline\n");

    Files.writeString(a, Files.readString(a) + "\nOr with sys.getcheckinterval() again.\n");
    CliRun fresh = run("check", "notes", "--no-grammar", "--no-cache", "--baseline", "base.json");
    assertThat(fresh.code()).isEqualTo(1);
    assertThat(fresh.out()).startsWith("notes/a.md:9:9: error [API-001]")
        .endsWith("; 1 accepted by the baseline\n");
  }

  @Test
  void aBaselineWrittenForTheFolderMatchesARunOverOneFileInASubfolder() throws IOException {
    note("sub/a.md", OLD_API);
    note("b.md", "# B\n\nPlain text.\n");
    run("check", "notes", "--no-grammar", "--no-cache", "--write-baseline", "base.json");
    assertThat(Files.readString(dir.resolve("base.json"))).contains("\"file\": \"notes/sub/a.md\"");
    CliRun one = run("check", "notes/sub/a.md", "--no-grammar", "--no-cache", "--baseline",
        "base.json");
    assertThat(one.code()).as(one.out()).isZero();
  }

  @Test
  void aBaselineCountsRepeatedLines() throws IOException {
    note("a.md", OLD_API);
    run("check", "notes", "--no-grammar", "--no-cache", "--write-baseline", "base.json");
    note("a.md", OLD_API + "\nTune it with sys.getcheckinterval() as needed.\n");
    CliRun r = run("check", "notes", "--no-grammar", "--no-cache", "--baseline", "base.json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines().filter(l -> l.contains("[API-001]")).toList()).hasSize(1);
  }

  @Test
  void badBaselinesAreConfigurationErrorsNamingFileAndLine() throws IOException {
    note("a.md", OLD_API);
    assertThat(run("check", "notes", "--baseline", "none.json").err())
        .startsWith("notelint: none.json: no such file");
    Files.writeString(dir.resolve("b.json"), "{\n  \"notelintBaseline\": 1,\n  \"findings\": [\n"
        + "    {\"ruleId\": \"API-001\", \"file\": \"notes/a.md\", \"line\": \"x\"},\n"
        + "    {\"ruleId\": \"API-001\", \"file\": \"notes/a.md\"}\n  ]\n}\n");
    CliRun r = run("check", "notes", "--no-grammar", "--baseline", "b.json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("notelint: b.json:5: entry 2 has no text \"line\"\n");
    Files.writeString(dir.resolve("c.json"), "{\"notelintBaseline\": 1,\n \"findings\": [}\n");
    assertThat(run("check", "notes", "--no-grammar", "--baseline", "c.json").err())
        .startsWith("notelint: c.json:2: not a baseline: ");
    assertThat(run("check", "notes", "--baseline", "b.json", "--write-baseline", "x").code())
        .isEqualTo(2);
    Files.writeString(dir.resolve("d.json"), "{\"notelintBaseline\": 1, \"findings\": [\n"
        + "  {\"ruleId\": \"X\", \"file\": \"a\", \"line\": \"b\", \"count\": 99999999999}]}\n");
    assertThat(run("check", "notes", "--no-grammar", "--baseline", "d.json").err())
        .isEqualTo("notelint: d.json:2: entry 1: \"count\" must be a whole number from 1\n");
    Files.write(dir.resolve("e.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThat(run("check", "notes", "--no-grammar", "--baseline", "e.json").err())
        .isEqualTo("notelint: e.json: not a baseline: not UTF-8 text\n");
  }

  private void git(String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t",
        "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  @Test
  void changedSinceLintsChangedRenamedAndNewNotesOnlyButComparesAll() throws Exception {
    String shared = "A paragraph that two notes share word for word, long enough to count as a"
        + " duplicate of the other one.\n";
    note("old.md", "# Old\n\n" + shared + "\n" + OLD_API);
    note("moved.md", "# Moved\n\nUse sys.getcheckinterval() here.\n");
    note("same.md", "# Same\n\nUse sys.getcheckinterval() here too.\n");
    git("init", "-q", ".");
    git("add", "-A");
    git("commit", "-qm", "notes");
    git("mv", "notes/moved.md", "notes/renamed.md");
    note("new.md", "# New\n\n" + shared);
    CliRun r = run("check", "notes", "--no-grammar", "--no-cache", "--changed-since", "HEAD");
    assertThat(r.code()).isEqualTo(1);
    List<String> files = r.out().lines().filter(l -> l.startsWith("notes/"))
        .map(l -> l.substring(0, l.indexOf(':'))).distinct().toList();
    assertThat(files).containsExactly("notes/new.md", "notes/renamed.md");
    assertThat(r.out()).contains("notes/new.md:3:1: warning [DUP-001]")
        .contains("old.md:3");
    assertThat(r.out().lines().reduce((x, y) -> y).orElseThrow()).contains("in 2 files");
  }

  @Test
  void changedSinceOutsideGitOrWithABadRevisionIsExitTwo() throws Exception {
    note("a.md", OLD_API);
    CliRun outside = run("check", "notes", "--changed-since", "HEAD");
    assertThat(outside.code()).isEqualTo(2);
    assertThat(outside.err()).startsWith("notelint: --changed-since needs a git work tree");
    git("init", "-q", ".");
    CliRun bad = run("check", "notes", "--changed-since", "no-such-rev");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("notelint: --changed-since 'no-such-rev': not a revision");
  }

  @Test
  void settingsFileIsReadFromTheInputFolderAndTheCommandLineWins() throws IOException {
    note("a.md", OLD_API + "\nA placeholder: TODO\n");
    note("drafts/b.md", OLD_API);
    note("notelint.yaml", "python: \"3.8\"\nfail-on: error\nexclude: [\"drafts/**\"]\n"
        + "rules:\n  STR-005: off\n");
    CliRun r = run("check", "notes", "--no-grammar", "--no-cache");
    // Python 3.8 still had getcheckinterval (deprecated): a warning, which fail-on error lets
    // pass; the placeholder rule is off; drafts/ and the settings file are not read.
    assertThat(r.out()).isEqualTo("notes/a.md:3:14: warning [API-002] sys.getcheckinterval() "
        + "is deprecated since Python 3.2; use sys.getswitchinterval() / "
        + "sys.setswitchinterval(), a time in seconds\n"
        + "1 finding in 1 file (0 errors, 1 warning, 0 notes); by category: deprecated-api 1\n");
    assertThat(r.code()).isZero();
    CliRun cli = run("check", "notes", "--no-grammar", "--no-cache", "--fail-on", "warning",
        "--python", "3.12");
    assertThat(cli.code()).isEqualTo(1);
    assertThat(cli.out()).contains("error [API-001]");
    CliRun none = run("check", "notes", "--no-grammar", "--no-cache", "--no-config");
    assertThat(none.out()).contains("drafts/b.md", "[STR-005]");
  }

  @Test
  void settingsFileRelevelsRulesAndAddsWords() throws IOException {
    note("a.md", OLD_API);
    Files.writeString(dir.resolve("ci.yaml"), "rules:\n  API-001: note\n");
    CliRun r = run("check", "notes", "--no-grammar", "--no-cache", "--config", "ci.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("notes/a.md:3:14: note [API-001]");
  }

  @Test
  void badSettingsFilesNameFileAndLine() throws IOException {
    note("a.md", OLD_API);
    for (String[] c : new String[][] {
        {"python: 3.8\nfail-on: sometimes\n", "ci.yaml:2: fail-on: use error, warning, note or never"},
        {"pyton: \"3.8\"\n", "ci.yaml:1: unknown key 'pyton'"},
        {"rules:\n  STR-005: off\n  NOPE-9: off\n", "ci.yaml:3: rules: unknown rule 'NOPE-9'"},
        {"rules:\n  STR-005: loud\n", "ci.yaml:2: rules: STR-005: use off, error, warning or note"},
        {"words: [missing.txt]\n", "ci.yaml:1: words: missing.txt: no such file"},
        {"include: \"[\"\n", "ci.yaml:1: include: bad glob '['"},
        {"jobs: 0\n", "ci.yaml:1: jobs: use a whole number from 1 to 256"},
        {"lang: fr\n", "ci.yaml:1: lang: 'fr' is not one of"}}) {
      Files.writeString(dir.resolve("ci.yaml"), c[0]);
      CliRun r = run("check", "notes", "--no-grammar", "--config", "ci.yaml");
      assertThat(r.code()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).startsWith("notelint: " + c[1]);
    }
    assertThat(run("check", "notes", "--config", "nope.yaml").err())
        .isEqualTo("notelint: --config nope.yaml: no such file\n");
    Files.write(dir.resolve("bin.yaml"), new byte[] {(byte) 0xc3, 0x28, 0, (byte) 0xff});
    CliRun bin = run("check", "notes", "--config", "bin.yaml");
    assertThat(bin.code()).isEqualTo(2);
    assertThat(bin.err()).isEqualTo("notelint: bin.yaml: not a settings file: not UTF-8 text\n");
  }
}
