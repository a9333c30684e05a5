package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;
import org.notelint.testing.Snapshots;

/**
 * The guide over ../shared/corpus (41 notes by other people): nothing lost, nothing twice, and
 * every citation shown.
 */
class CorpusGuideTest {
  @Test
  void everyUnitOfTheCorpusIsAccountedForAndTopicsAreUnique() {
    assumeTrue(Files.isDirectory(Snapshots.corpusDir()), "../shared/corpus is not here");
    var b = GuideTestSupport.build(GuideTestSupport.read(Snapshots.corpusDir()));
    SeedGuideTest.assertAccounted(b);
    String md = GuideMarkdown.write(b.guide(), "0.1.0");
    GuideTestSupport.assertTopicsOnce(b);
    String html = GuideHtml.render(md, GuideMarkdown.TITLE);
    assertThat(html).doesNotContain("<script", "<iframe", "onerror=");
    // Every citation is rendered as one: none swallowed by a code block left open or read as
    // one more cell of a table.
    assertThat(html).doesNotContain("&lt;sup&gt;");
    assertThat(occurrences(html, "<sup>")).isEqualTo(occurrences(md, "<sup>"));
    // Every link into the page lands on a heading: the contents' links to subsections whose
    // headings carry combining marks ("کُند") and repeated headings ("-1") included.
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    java.util.regex.Matcher href =
        java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    java.util.List<String> broken = new java.util.ArrayList<>();
    while (href.find()) {
      if (!ids.contains(href.group(1))) {
        broken.add(href.group(1));
      }
    }
    assertThat(broken).as("in-page links with no heading of that id").isEmpty();
    // The report's anchor for each kept unit is a heading of the guide.
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.KEPT
        && a.detail().startsWith("#")).allMatch(a -> ids.contains(a.detail().substring(1)));
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
