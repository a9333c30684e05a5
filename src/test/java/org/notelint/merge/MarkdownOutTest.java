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
  void grammarSuggestionsAreAppliedOnlyWhenTheyEditWords() {
    assertThat(Renderer.safeGrammarEdit("a", "an")).isTrue();
    assertThat(Renderer.safeGrammarEdit("dont", "don't")).isTrue();
    assertThat(Renderer.safeGrammarEdit("etc", "etc.")).isTrue();
    assertThat(Renderer.safeGrammarEdit("multi-threaded", "multithreaded")).isTrue();
    assertThat(Renderer.safeGrammarEdit("the the", "the")).isTrue();
    assertThat(Renderer.safeGrammarEdit("web site", "website")).isTrue();
    assertThat(Renderer.safeGrammarEdit(")", "")).as("a lone bracket").isFalse();
    assertThat(Renderer.safeGrammarEdit("P", " P")).as("spaces only").isFalse();
    assertThat(Renderer.safeGrammarEdit("yellow\nyellow", "yellow")).as("two lines").isFalse();
    assertThat(Renderer.safeGrammarEdit("C-c C-c", "C-c")).as("a key chord").isFalse();
    assertThat(Renderer.safeGrammarEdit("x[0]", "x")).as("code").isFalse();
  }

  @Test
  void fixesInANotebookCellLandAfterJsonEscapes() {
    String json = "{\"cells\": [\n {\"cell_type\": \"markdown\", \"metadata\": {}, "
        + "\"source\": [\"A \\\"quoted\\\" caf\\u00e9: t1 = (1)\"]}\n], \"metadata\": {}, "
        + "\"nbformat\": 4, \"nbformat_minor\": 5}\n";
    NoteDocument d = DocumentReader.read("n.ipynb", json.getBytes(StandardCharsets.UTF_8));
    org.notelint.model.Paragraph p = (org.notelint.model.Paragraph) d.root().blocks().get(0);
    org.notelint.model.Text t = p.text();
    int at = t.value().indexOf("(1)");
    org.notelint.model.Position pos = t.position(at);
    assertThat(t.offsetOf(pos.line(), pos.column())).isEqualTo(at);
    String line = json.lines().toList().get(1);
    assertThat(pos.column()).isEqualTo(line.indexOf("(1)") + 1);
    org.notelint.model.Finding f = new org.notelint.model.Finding("MIS-001",
        org.notelint.model.Severity.WARNING, org.notelint.model.Category.MISCONCEPTION, "m",
        "n.ipynb", t.span(at, at + 3), new org.notelint.model.Fix("add a comma", "(1,)"),
        List.of());
    List<MarkdownOut.Edit> edits = MarkdownOut.edits(t, List.of(f));
    assertThat(edits).singleElement().satisfies(e ->
        assertThat(t.value().substring(e.start(), e.end())).isEqualTo("(1)"));
  }

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
  void rolesReadAsSphinxShowsThem() {
    assertThat(MarkdownOut.unquoteCode(":keyword:`!if`")).isEqualTo("if");
    assertThat(MarkdownOut.unquoteCode(":func:`~json.dumps`")).isEqualTo("dumps");
    assertThat(MarkdownOut.unquoteCode(":ref:`the tutorial <tut-intro>`"))
        .isEqualTo("the tutorial");
    assertThat(MarkdownOut.unquoteCode(":class:`list`")).isEqualTo("list");
    // Outside a role, ! and ~ are code.
    assertThat(MarkdownOut.unquoteCode("`!x`")).isEqualTo("!x");
    assertThat(MarkdownOut.unquoteCode("``~/.bashrc``")).isEqualTo("~/.bashrc");
  }

  @Test
  void reportHeadingsShowCodeTheSameWhateverTheMarkup() {
    NoteDocument rst = DocumentReader.read("a.rst",
        "Tools\n=====\n\nThe :func:`range` Function\n--------------------------\n\nText.\n"
            .getBytes(StandardCharsets.UTF_8));
    NoteDocument md = DocumentReader.read("a.md",
        "# Comments Are Marked by ``#``\n\nText.\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rst.root().children().get(0).children().get(0).displayTitle())
        .isEqualTo("The `range` Function");
    assertThat(md.root().children().get(0).displayTitle())
        .isEqualTo("Comments Are Marked by `#`");
  }

  @Test
  void aGuideReadBackLosesItsCitationsNotItsWords() {
    String md = "# Decorators\n\nA decorator wraps a function and returns another one."
        + " <sup>002:355</sup>\n\nSquares: x<sup>2</sup> stays.\n\nIt runs once, at"
        + " definition time. <sup>002:360, 362; 004:17</sup>\n";
    NoteDocument d = DocumentReader.read("guide.md", md.getBytes(StandardCharsets.UTF_8));
    var b = GuideTestSupport.build(List.of(d));
    String again = GuideMarkdown.write(b.guide(), "0.1.0");
    assertThat(again).contains("returns another one. <sup>gui:3</sup>")
        .doesNotContain("002:355").contains("x2 stays.")
        .contains("at definition time. <sup>gui:7</sup>").doesNotContain("004:17");
  }

  @Test
  void aMisspellingIsSettledOnlyOnASuggestionWithTheSameFirstAndLastLetters() {
    assertThat(Renderer.sameEnds("constructor", "contructor")).isTrue();
    assertThat(Renderer.sameEnds("Useful", "usefull")).isTrue();
    assertThat(Renderer.sameEnds("tuple", "atuple")).isFalse();
    assertThat(Renderer.sameEnds("fail", "faild")).isFalse();
  }
}
