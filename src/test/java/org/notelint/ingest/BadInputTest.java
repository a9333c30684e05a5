package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.model.Finding;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;

/** Every kind of bad input gets a finding, and the rest of the run completes. */
class BadInputTest {
  @TempDir
  Path dir;

  private Map<String, NoteDocument> ingest(long maxBytes) throws InputException {
    Ingestor.Result r = new Ingestor(new Ingestor.Options(maxBytes, 2, List.of()))
        .ingest(List.of(dir));
    return r.documents().stream()
        .collect(Collectors.toMap(NoteDocument::path, Function.identity()));
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<String> rules(NoteDocument d) {
    return d.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void emptyFileIsReadWithNoContentAndNoCrash() throws Exception {
    write("empty.md", "");
    write("good.md", "# Title\n\nSome text.\n");
    NoteDocument empty = ingest(1_000_000).get("empty.md");
    assertThat(empty.root().blocks()).isEmpty();
    assertThat(empty.root().children()).isEmpty();
    assertThat(empty.findings()).isEmpty();
  }

  @Test
  void fileWithOnlyAHeadingHasOneEmptySection() throws Exception {
    write("title.md", "# Only a title\n");
    NoteDocument d = ingest(1_000_000).get("title.md");
    assertThat(d.format()).isEqualTo(Format.MARKDOWN);
    assertThat(d.root().children()).singleElement()
        .satisfies(s -> assertThat(s.blocks()).isEmpty());
  }

  @Test
  void binaryFileIsSkippedWithAFinding() throws Exception {
    Files.write(dir.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    write("good.md", "# Notes\n");
    Map<String, NoteDocument> docs = ingest(1_000_000);
    assertThat(docs.get("picture.png").format()).isEqualTo(Format.UNREAD);
    assertThat(rules(docs.get("picture.png"))).containsExactly("ENC-002");
    assertThat(docs.get("good.md").format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndTheFileStillRead() throws Exception {
    Files.write(dir.resolve("latin1.md"),
        "# Caf\u00e9\n\nna\u00efve text\n".getBytes(StandardCharsets.ISO_8859_1));
    NoteDocument d = ingest(1_000_000).get("latin1.md");
    assertThat(d.findings()).extracting(Finding::ruleId).containsExactly("ENC-001", "ENC-001");
    assertThat(d.findings()).extracting(f -> f.span().startLine()).containsExactly(1, 3);
    assertThat(d.findings().get(0).span().startColumn()).isEqualTo(6);
    assertThat(d.root().children()).singleElement()
        .satisfies(s -> assertThat(s.plainTitle()).isEqualTo("Caf\uFFFD"));
  }

  @Test
  void bomAndCrlfKeepLineNumbers() throws Exception {
    Files.write(dir.resolve("crlf.md"),
        "\uFEFF# Title\r\n\r\nFirst para.\r\n\r\n## Second\r\n".getBytes(StandardCharsets.UTF_8));
    NoteDocument d = ingest(1_000_000).get("crlf.md");
    assertThat(d.evidence()).contains("byte order mark removed");
    assertThat(d.root().children().get(0).blocks().get(0).span().startLine()).isEqualTo(3);
    assertThat(d.root().children().get(0).children().get(0).headingSpan().startLine())
        .isEqualTo(5);
  }

  @Test
  void truncatedNotebookIsAFindingAtItsLineAndReadAsText() throws Exception {
    write("broken.ipynb", "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n"
        + "   \"source\": [\"# Hello\\n\", \"Some notes\"]\n");
    write("good.md", "# Notes\n");
    Map<String, NoteDocument> docs = ingest(1_000_000);
    NoteDocument d = docs.get("broken.ipynb");
    assertThat(rules(d)).containsExactly("NB-001");
    assertThat(d.findings().get(0).span().startLine()).isEqualTo(6);
    assertThat(d.format()).isEqualTo(Format.PLAIN_TEXT);
    assertThat(d.root().blocks()).isNotEmpty();
    assertThat(docs.get("good.md").findings()).isEmpty();
  }

  @Test
  void fiftyMegabyteNoteIsSkippedWithAFindingAndTheRunCompletes() throws Exception {
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.md"))) {
      byte[] line = "Some note text that repeats to make a very large file.\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50_000_000L; written += line.length) {
        out.write(line);
      }
    }
    write("good.md", "# Notes\n");
    Map<String, NoteDocument> docs = ingest(16_000_000);
    assertThat(rules(docs.get("huge.md"))).containsExactly("IO-002");
    assertThat(docs.get("huge.md").findings().get(0).message()).contains("50.0 MB");
    assertThat(docs.get("good.md").format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void directoryLinkLoopIsReportedNotFollowedForever() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("notes/sub"));
    Files.writeString(sub.resolve("a.md"), "# A\n");
    Files.createSymbolicLink(sub.resolve("loop"), dir.resolve("notes"));
    Map<String, NoteDocument> docs = ingest(1_000_000);
    assertThat(docs).containsKey("notes/sub/a.md");
    assertThat(rules(docs.get("notes/sub/loop"))).containsExactly("IO-003");
  }

  @Test
  void brokenLinkIsAnUnreadableFileFinding() throws Exception {
    Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("missing-target.md"));
    write("good.md", "# Notes\n");
    Map<String, NoteDocument> docs = ingest(1_000_000);
    assertThat(rules(docs.get("gone.md"))).containsExactly("IO-001");
    assertThat(docs.get("good.md").format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void namedPipeIsAFindingAndNeverBlocksTheRun() throws Exception {
    Path fifo = dir.resolve("pipe.md");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mk.waitFor()).as("mkfifo is available").isZero();
    write("good.md", "# Notes\n");
    Map<String, NoteDocument> docs = ingest(1_000_000);
    assertThat(rules(docs.get("pipe.md"))).containsExactly("IO-001");
    assertThat(docs.get("pipe.md").findings().get(0).message()).contains("not a regular file");
    assertThat(docs.get("good.md").format()).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void fileWithoutReadPermissionIsAFindingWhenNotRoot() throws Exception {
    Path f = dir.resolve("secret.md");
    Files.writeString(f, "# Secret\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(f)).as("running as root: permissions do not stop reads")
        .isFalse();
    write("good.md", "# Notes\n");
    assertThat(rules(ingest(1_000_000).get("secret.md"))).containsExactly("IO-001");
  }

  @Test
  void hiddenFilesAndExcludedOutputFolderAreNotRead() throws Exception {
    write(".hidden.md", "# Hidden\n");
    Path out = Files.createDirectories(dir.resolve("output"));
    Files.writeString(out.resolve("guide.md"), "# Guide\n");
    write("note.md", "# Note\n");
    Ingestor.Result r = new Ingestor(new Ingestor.Options(1_000_000, 1, List.of(out)))
        .ingest(List.of(dir));
    assertThat(r.documents()).extracting(NoteDocument::path).containsExactly("note.md");
  }

  @Test
  void missingPathIsAnInputError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        new Ingestor(new Ingestor.Options(1, 1, List.of())).ingest(List.of(dir.resolve("nope"))))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");
  }
}
