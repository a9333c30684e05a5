package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.emit.GuideHtml;
import org.notelint.emit.GuideMarkdown;
import org.notelint.merge.Guide.Fate;
import org.notelint.testing.Snapshots;

/**
 * Inside a topic, entries stay under the heading their note gave them when that heading says
 * more than the topic's name: "Rounding like a banker" is what the entries below it are about.
 */
class SubsectionTest {
  /** Two headings that name topics, a decorated one that says more, a label, a placeholder. */
  private static final String A = String.join("\n",
      "# My Python notes",
      "",
      "## Numbers",
      "",
      "### ▶ Rounding like a banker *",
      "",
      "Since Python 3, `round()` rounds half to even: `round(2.5)` is 2.",
      "",
      "#### 💡 Explanation:",
      "",
      "This is the rounding IEEE 754 recommends for floating-point numbers.",
      "",
      "## Decorators",
      "",
      "A decorator wraps a function and returns a replacement.",
      "",
      "## Strings",
      "",
      "### TODO: a better example",
      "",
      "Strings are immutable sequences of Unicode code points.",
      "");

  /** The same heading in another note: one subsection for both. */
  private static final String B = String.join("\n",
      "# Floats",
      "",
      "## Rounding like a banker",
      "",
      "Python's `round()` uses banker's rounding, and `numpy.round` does the same.",
      "");

  /** A heading the note repeats under each gotcha ("Explanation" in Russian): a label. */
  private static final String C = String.join("\n",
      "# Gotchas",
      "",
      "## Mutable default arguments",
      "",
      "A default list is shared between calls of the function.",
      "",
      "### Пояснение",
      "",
      "The default value is evaluated once, when the def statement runs.",
      "",
      "## Late binding in closures",
      "",
      "Closures look up the variables they use when they are called.",
      "",
      "### Пояснение",
      "",
      "The loop variable is read after the loop has ended.",
      "",
      "## Chained comparisons",
      "",
      "`1 < x < 3` means `1 < x and x < 3`.",
      "",
      "### Пояснение",
      "",
      "Python expands the chain pairwise.",
      "");

  private static GuideTestSupport.Built built() {
    return GuideTestSupport.build(List.of(GuideTestSupport.note("a.md", A), GuideTestSupport.note("b.md", B), GuideTestSupport.note("c.md", C)));
  }

  /**
   * The golden shows: "Rounding like a banker" without its "▶" and "*", holding the entry under
   * "Explanation" and the one from b.md; the gotchas under their own titles, not "Пояснение";
   * no subsection under "Decorators" (its heading is the topic's name) nor under "Strings"
   * (the placeholder heading is flagged, so not shown); the contents listing the subsections;
   * and "Sources of ..." for a topic whose source list follows a subsection.
   */
  @Test
  void entriesStayUnderTheHeadingThatSaysWhatTheyAreAbout() {
    String md = GuideMarkdown.write(built().guide(), "0.1.0");
    Snapshots.assertMatches("guide/subsections.md", md.substring(md.indexOf("## Contents")));
  }

  @Test
  void aHeadingShownTwiceGetsTheSuffixTheHtmlIdsHave() {
    var seeds = GuideTestSupport.build(GuideTestSupport.read(Snapshots.inputDir()));
    String md = GuideMarkdown.write(seeds.guide(), "0.1.0");
    assertThat(md).contains("(#is-python-single-threaded)", "(#is-python-single-threaded-1)");
    String html = GuideHtml.render(md, GuideMarkdown.TITLE);
    assertThat(html).contains("id=\"is-python-single-threaded\"",
        "id=\"is-python-single-threaded-1\"");
  }

  @Test
  void readBackATopicsSourceListIsNoContent() {
    String md = GuideMarkdown.write(built().guide(), "0.1.0");
    var again = GuideTestSupport.build(List.of(GuideTestSupport.note("guide.md", md)));
    List<Guide.Account> sources = again.guide().accounts().stream()
        .filter(a -> a.excerpt().startsWith("Sources")).toList();
    assertThat(sources).extracting(Guide.Account::excerpt).anyMatch(e -> e.startsWith(
        "Sources of Numbers: "));
    assertThat(sources).allMatch(a -> a.fate() == Fate.DROPPED
        && a.detail().startsWith("notelint's own banner or source list"));
  }
}
