package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;

/**
 * An HTML block in a note shows in the guide as its reader sees it: its text in paragraphs,
 * entities decoded, nothing of scripts or styles, and its images by their alt text. An image
 * the guide can point to (a web address) stays an image; one from the note's own folder is
 * named by its alt text, as the guide does not have the file.
 */
class HtmlBlockInGuideTest {
  private static final String NOTE = String.join("\n",
      "# Strings",
      "",
      "Interning keeps one copy of a string, this picture shows how:",
      "",
      "<p align=\"center\">",
      "  <picture>",
      "    <source media=\"(prefers-color-scheme: dark)\" srcset=\"/images/intern_dark.svg\">",
      "    <img alt=\"Shows a string interning process.\" src=\"/images/intern.svg\">",
      "  </picture>",
      "</p>",
      "",
      "<img src=\"https://example.org/images/intern.svg\" alt=\"The same process, online.\">",
      "",
      "<base-disclaimer>",
      "  <base-disclaimer-title>Strings are immutable</base-disclaimer-title>",
      "  <base-disclaimer-content>Methods return new strings &amp; leave the old one as it "
          + "was: s.upper() &lt;&gt; s.</base-disclaimer-content>",
      "</base-disclaimer>",
      "",
      "<div><style>p { color: red }</style><script>track()</script>Shown text.</div>",
      "",
      "<img src=\"/images/no_alt.png\">",
      "",
      "<div id=\"intern\"></div>",
      "");

  @Test
  void htmlBlocksShowTheirTextAndImagesInParagraphs() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("s.md", NOTE);
    String md = GuideTestSupport.guideFrom(b, "Interning keeps");
    assertThat(md).startsWith(String.join("\n",
        "Interning keeps one copy of a string, this picture shows how: <sup>s:3</sup>",
        "",
        "image: Shows a string interning process. <sup>s:5</sup>",
        "",
        "![The same process, online.](https://example.org/images/intern.svg) <sup>s:12</sup>",
        "",
        "Strings are immutable",
        "",
        "Methods return new strings & leave the old one as it was: s.upper() \\<\\> s. "
            + "<sup>s:14</sup>",
        "",
        "Shown text. <sup>s:19</sup>",
        ""));
    assertThat(md).doesNotContain("track()", "color: red", "no_alt");
  }

  @Test
  void htmlWithNothingToShowIsDroppedWithItsReason() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("s.md", NOTE);
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .containsExactly(
            "21 HTML image with no alt text, from a path of the note's (not in the guide)",
            "23 HTML markup with no text (an anchor or a tag)");
  }

  @Test
  void theHtmlGuideLinksAWebImageAndFetchesNothing() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("s.md", NOTE);
    String html = GuideHtml.render(GuideMarkdown.write(b.guide(), "0.1.0"), GuideMarkdown.TITLE);
    assertThat(html).doesNotContainPattern("<img\\b")
        .contains("<a href=\"https://example.org/images/intern.svg\">image: The same process, "
            + "online.</a>")
        .contains("<p>image: Shows a string interning process. <sup>s:5</sup></p>");
  }

  @Test
  void anImageInsideALinkIsThatLinksTextNotASecondLink() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("l.md", String.join("\n",
        "# Licence", "",
        "[![CC 4.0](https://img.shields.io/badge/cc.svg)](https://example.org/licence)", ""));
    String html = GuideHtml.render(GuideMarkdown.write(b.guide(), "0.1.0"), GuideMarkdown.TITLE);
    assertThat(html).contains("<a href=\"https://example.org/licence\">image: CC 4.0</a>")
        .doesNotContain("img.shields.io");
  }

  @Test
  void anImageInAParagraphShowsToo() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("p.md", String.join("\n",
        "# Strings", "",
        "Interning, as <img alt=\"the diagram\" src=\"/d.png\"> shows, saves memory.", "",
        "<img alt=\"before\" src=\"/b.png\"><img alt=\"after\" src=\"/a.png\">", ""));
    assertThat(GuideTestSupport.guideFrom(b, "Interning")).startsWith(String.join("\n",
        "Interning, as image: the diagram shows, saves memory. <sup>p:3</sup>", "",
        "image: before image: after <sup>p:5</sup>", ""));
    assertThat(b.guide().accounts()).noneMatch(a -> a.fate() == Guide.Fate.DROPPED);
  }

  @Test
  void ofTwoCopiesOfADiagramTheOneThatLinksThePictureIsKept() {
    String alt = "Shows a memory segment after the row is initialized.";
    var a = GuideTestSupport.note("a.md", String.join("\n", "# Memory", "",
        "<p><img alt=\"" + alt + "\" src=\"/images/row.svg\"></p>", ""));
    var b = GuideTestSupport.note("b.md", String.join("\n", "# Memory", "",
        "<img src=\"https://example.org/row.svg\" alt=\"" + alt + "\">", ""));
    GuideTestSupport.Built built = GuideTestSupport.build(java.util.List.of(a, b));
    // The later copy carries the duplicate finding; that says nothing about which is better.
    assertThat(GuideMarkdown.write(built.guide(), "0.1.0")).contains(
        "![" + alt + "](https://example.org/row.svg) <sup>b:3; a:3</sup>")
        .doesNotContain("image: " + alt);
  }
}
