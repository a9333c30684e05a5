package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.emit.GuideMarkdown;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.NoteDocument;

/** Turning note text into guide Markdown: escaping, code spans, citations read back. */
class MarkdownOutTest {
  @Test
  void escapesMarkdownOnlyWhereItWouldBeReadAsMarkup() {
    assertThat(MarkdownOut.escape("__init__ and a*b")).isEqualTo("\\_\\_init\\_\\_ and a\\*b");
    assertThat(MarkdownOut.escape("- not a list\n1. not numbered")).isEqualTo(
        "\\- not a list\n1\\. not numbered");
    assertThat(MarkdownOut.escape(" - mid-line dash", false)).isEqualTo(" - mid-line dash");
  }

  @Test
  void codeSpansOutgrowTheBackticksInside() {
    assertThat(MarkdownOut.codeSpan("a`b")).isEqualTo("``a`b``");
    assertThat(MarkdownOut.unquoteCode(":func:`len`")).isEqualTo("len");
    assertThat(MarkdownOut.unquoteCode("``x``")).isEqualTo("x");
  }

  @Test
  void aGuideReadBackLosesItsCitationsNotItsWords() {
    String md = "# Decorators\n\nA decorator wraps a function and returns another one."
        + " <sup>002:355</sup>\n\nSquares: x<sup>2</sup> stays.\n";
    NoteDocument d = DocumentReader.read("guide.md", md.getBytes(StandardCharsets.UTF_8));
    var b = GuideTestSupport.build(List.of(d));
    String again = GuideMarkdown.write(b.guide(), "0.1.0");
    assertThat(again).contains("returns another one. <sup>gui:3</sup>")
        .doesNotContain("002:355").contains("x2 stays.");
  }
}
