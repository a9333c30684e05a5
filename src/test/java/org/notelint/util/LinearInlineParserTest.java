package org.notelint.util;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The linear inline parser builds the same tree, node for node and offset for offset, and
 * the same HTML as flexmark's own, on the seeds and on Markdown that exercises every inline
 * construct that goes through {@code match}: code spans of several backtick lengths, links and
 * images inline and by reference, autolinks, inline HTML, entities, emphasis, footnotes.
 */
class LinearInlineParserTest {
  private static final String TRICKY = String.join("\n",
      "# Title with `code` and *emphasis*",
      "",
      "[![CC 4.0][license-image]][license-url] and [b][license-url] and [c] and ![i][img].",
      "Code: `a`, ``b ` c``, ```d```, an unclosed ` tick and `` another.",
      "Links: [text](https://example.org \"title\"), <https://example.org>, <a@b.org>,",
      "<span class=\"x\">html</span>, &amp; &#123; &copy;, \\*escaped\\*, **bold**, ~~gone~~.",
      "Footnote[^1] and a hard  ",
      "break.",
      "",
      "| a | `b|c` |",
      "| --- | --- |",
      "| [x](y) | ![z](w) |",
      "",
      "[^1]: The note.",
      "",
      "[license-image]: https://img.shields.io/x.svg",
      "[license-url]: http://www.wtfpl.net 'WTFPL'",
      "[img]: <https://example.org/i.png>",
      "");

  static Stream<String> documents() throws Exception {
    Stream.Builder<String> out = Stream.builder();
    out.add(TRICKY);
    try (Stream<Path> seeds = Files.list(Path.of("input"))) {
      for (Path p : seeds.sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out.build();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void sameTreeAndHtmlAsFlexmarksOwnParser(String markdown) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create(), FootnoteExtension.create()));
    Parser stock = Parser.builder(options).build();
    Parser linear = LinearInlineParser.install(Parser.builder(options)).build();
    HtmlRenderer html = HtmlRenderer.builder(options).build();
    Node a = stock.parse(markdown);
    Node b = linear.parse(markdown);
    assertThat(dump(b)).isEqualTo(dump(a));
    assertThat(html.render(b)).isEqualTo(html.render(a));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void referencesAreStillResolved(String markdown) {
    if (!markdown.equals(TRICKY)) {
      return;
    }
    String out = HtmlRenderer.builder().build().render(LinearInlineParser.install(
        Parser.builder()).build().parse(markdown));
    assertThat(out).contains("<img src=\"https://img.shields.io/x.svg\" alt=\"CC 4.0\" />",
        "<a href=\"http://www.wtfpl.net\" title=\"WTFPL\">b</a>");
  }

  /**
   * Random text built from every character inline parsing reacts to (seeded, so a failure
   * repeats): both parsers must agree on each document, node for node.
   */
  @org.junit.jupiter.api.Test
  void sameTreeOnRandomInlineSoup() {
    String[] pieces = {"`", "``", "```", "[", "]", "(", ")", "<", ">", "*", "**", "_", "!",
        "\\", "&amp;", "&#1;", "http://x.y/z", "a@b.c", " ", "  ", "\n", "\n\n", "a", "bc",
        ":", "\"", "'", "[^1]", "[x]: /u", "~~", "|", "#", "-", "1."};
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create(), FootnoteExtension.create()));
    Parser stock = Parser.builder(options).build();
    Parser linear = LinearInlineParser.install(Parser.builder(options)).build();
    java.util.Random random = new java.util.Random(42);
    for (int doc = 0; doc < 400; doc++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(120);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String md = sb.toString();
      assertThat(dump(linear.parse(md))).as("document %d: %s", doc, md)
          .isEqualTo(dump(stock.parse(md)));
    }
  }

  private static String dump(Node n) {
    StringBuilder sb = new StringBuilder();
    dump(n, 0, sb);
    return sb.toString();
  }

  private static void dump(Node n, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth)).append(n).append('\n');
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      dump(c, depth + 1, sb);
    }
  }
}
