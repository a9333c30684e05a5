package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/** HTML notes are read as what a browser shows, with positions in the HTML file. */
class HtmlTextTest {

  private static NoteDocument read(String html) {
    return DocumentReader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tagsGoEntitiesAreDecodedAndBlocksBecomeParagraphs() {
    NoteDocument d = read("<!DOCTYPE html>\n<html><body>\n"
        + "<p>One <b>bold</b> word</p><p>Two &amp; three</p>\n"
        + "<!-- a comment\n spanning lines -->\n"
        + "<div>\n   indented in the source\n</div>\n</body></html>\n");
    assertThat(d.format()).isEqualTo(Format.HTML);
    List<Block> blocks = d.root().blocks();
    assertThat(blocks).hasSize(3).allMatch(b -> b instanceof Paragraph);
    assertThat(((Paragraph) blocks.get(0)).text().value()).isEqualTo("One bold word");
    Text two = ((Paragraph) blocks.get(1)).text();
    assertThat(two.value()).isEqualTo("Two & three");
    // "three" is at line 3, column 41 of the HTML ('&amp;' counts five columns).
    SourceSpan three = two.span(6, 11);
    assertThat(three.startLine()).isEqualTo(3);
    assertThat(three.startColumn()).isEqualTo(41);
    assertThat(((Paragraph) blocks.get(2)).text().value()).isEqualTo("indented in the source");
    assertThat(((Paragraph) blocks.get(2)).span().startLine()).isEqualTo(7);
  }

  @Test
  void highlightedPreformattedCodeIsCodeAsWritten() {
    NoteDocument d = read("<html><body><p>Example:</p>\n"
        + "<div class=\"highlight\"><pre><span class=\"k\">def</span> "
        + "<span class=\"nf\">f</span><span class=\"p\">():</span>\n"
        + "    <span class=\"k\">return</span> <span class=\"s1\">&#39;a &lt; b&#39;</span>\n"
        + "</pre></div>\n<p>After.</p></body></html>\n");
    List<Block> blocks = d.root().blocks();
    assertThat(blocks).hasSize(3);
    CodeBlock code = (CodeBlock) blocks.get(1);
    assertThat(code.code().value()).isEqualTo("def f():\n    return 'a < b'");
    assertThat(code.code().span(0, 3).startLine()).isEqualTo(2);
    assertThat(code.code().span(13, 19).startLine()).isEqualTo(3);
    assertThat(((Paragraph) blocks.get(2)).text().value()).isEqualTo("After.");
  }

  @Test
  void scriptsAndStylesAreNotText() {
    NoteDocument d = read("<html><head><title>tab</title><style>p { color: red }</style>"
        + "<script>var x = '<p>no</p>';</script></head><body><p>Yes.</p></body></html>");
    assertThat(d.root().blocks()).singleElement()
        .satisfies(b -> assertThat(((Paragraph) b).text().value()).isEqualTo("Yes."));
  }

  @Test
  void headingsBecomeSectionsAndPromptsAndAnchorsAreNotText() {
    NoteDocument d = read("<html><body>\n"
        + "<h1 id=\"a\">Standard library<a class=\"anchor-link\" href=\"#a\">&#182;</a></h1>\n"
        + "<p>Intro.</p>\n"
        + "<h2>datetime</h2>\n"
        + "<div class=\"jp-InputPrompt jp-InputArea-prompt\">In&nbsp;[1]:</div>\n"
        + "<div class=\"highlight\"><pre>import datetime\n</pre></div>\n"
        + "</body></html>\n");
    assertThat(d.root().blocks()).isEmpty();
    var top = d.root().children();
    assertThat(top).hasSize(1);
    assertThat(top.get(0).plainTitle()).isEqualTo("Standard library");
    assertThat(top.get(0).span().startLine()).isEqualTo(2);
    assertThat(top.get(0).blocks()).singleElement()
        .satisfies(b -> assertThat(((Paragraph) b).text().value()).isEqualTo("Intro."));
    var sub = top.get(0).children().get(0);
    assertThat(sub.plainTitle()).isEqualTo("datetime");
    assertThat(sub.level()).isEqualTo(2);
    assertThat(sub.blocks()).singleElement()
        .satisfies(b -> assertThat(((CodeBlock) b).code().value()).isEqualTo("import datetime"));
  }
}
