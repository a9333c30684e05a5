package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;
import org.notelint.ingest.DocumentReader;
import org.notelint.model.NoteDocument;
import org.notelint.testing.Snapshots;

/** guide.html: self-contained, navigable, and no note can run code in it. */
class GuideHtmlTest {
  private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

  @Test
  void everyContentsLinkLandsOnAHeadingAndNothingIsFetched() {
    var b = GuideTestSupport.build(GuideTestSupport.read(Snapshots.inputDir()));
    String md = GuideMarkdown.write(b.guide(), "0.1.0");
    String html = GuideHtml.render(md, GuideMarkdown.TITLE);
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    Matcher h = HREF.matcher(html);
    int links = 0;
    while (h.find()) {
      assertThat(ids).as("anchor #%s", h.group(1)).contains(h.group(1));
      links++;
    }
    assertThat(links).isGreaterThan(60);
    assertThat(html).doesNotContainPattern("<(script|link|img|iframe|object|embed)\\b")
        .doesNotContain("@import");
    assertThat(html).contains("<style>").containsPattern("<sup>00[0-4]:[0-9]+</sup>");
  }

  @Test
  void htmlFromNotesIsShownAsTextNeverRun() {
    String note = "# Decorators\n\nA decorator <script>alert(1)</script> wraps "
        + "<img src=x onerror=alert(2)> a function [click](javascript:alert(3)).\n\n"
        + "<div onclick=\"alert(4)\">block html</div>\n\n"
        + "- item with <iframe src=\"https://evil.example\"></iframe> inside it\n";
    String rst = "Decorators\n==========\n\nText with <script>alert(5)</script> in it.\n";
    NoteDocument a = DocumentReader.read("a.md", note.getBytes(StandardCharsets.UTF_8));
    NoteDocument r = DocumentReader.read("b.rst", rst.getBytes(StandardCharsets.UTF_8));
    var b = GuideTestSupport.build(List.of(a, r));
    String md = GuideMarkdown.write(b.guide(), "0.1.0");
    String html = GuideHtml.render(md, GuideMarkdown.TITLE);
    assertThat(html).doesNotContain("<script", "<img", "<iframe", "onerror=", "onclick=",
        "href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;alert(5)&lt;/script&gt;");
    assertThat(html).contains("wraps", "a function", "block html", "item with");
  }
}
