package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * reStructuredText markup that shows nothing on the page shows nothing in the guide, and a
 * paragraph that announces a literal block is shown with it.
 */
class RstMarkupInGuideTest {
  private static final String NOTE = String.join("\n",
      "Loops",
      "=====",
      "",
      ".. index::",
      "   statement: for",
      "",
      ".. sectionauthor:: A. Writer <a@example.org>",
      "",
      "Loop over a list and print each word with its length. ::",
      "",
      "   >>> for w in ['cat', 'window']:",
      "   ...     print(w, len(w))",
      "",
      "A loop can also count the items it sees::",
      "",
      "   >>> n = sum(1 for _ in range(3))",
      "",
      "* An item whose code follows its own lone marker.",
      "",
      "  ::",
      "",
      "     >>> words = ['a', 'b']",
      "",
      "::",
      "",
      "   >>> print(len('window'))",
      "");

  @Test
  void markersAndHiddenDirectivesAreDroppedWithTheirReason() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("loops.rst", NOTE);
    // No index entry, author credit or "::" left; "length. ::" reads "length.", "sees::"
    // "sees:", and each paragraph that announces code is shown (and cited) with it.
    assertThat(GuideTestSupport.guideFrom(b, "### Control flow")).isEqualTo(String.join("\n",
        "### Control flow",
        "",
        "- An item whose code follows its own lone marker. <sup>loo:18</sup>",
        "",
        "  ```pycon",
        "  >>> words = ['a', 'b']",
        "  ```",
        "",
        "Loop over a list and print each word with its length.",
        "",
        "```pycon",
        ">>> for w in ['cat', 'window']:",
        "...     print(w, len(w))",
        "```",
        "<sup>loo:9, 11</sup>",
        "",
        "A loop can also count the items it sees:",
        "",
        "```pycon",
        ">>> n = sum(1 for _ in range(3))",
        "```",
        "<sup>loo:14, 16</sup>",
        "",
        "```pycon",
        ">>> print(len('window'))",
        "```",
        "<sup>loo:26</sup>",
        "",
        "*Sources: `loops.rst` lines 9, 11–12, 14, 16, 18–22, 26.*",
        "",
        ""));
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .contains("4 Sphinx directive that shows nothing on the page (index)",
            "7 Sphinx directive that shows nothing on the page (sectionauthor)",
            "20 literal-block marker '::' (markup, not shown)",
            "24 literal-block marker '::' (markup, not shown)");
  }

  @Test
  void aQuoteWithNothingLeftToShowIsDroppedNotShownEmpty() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("end.rst", "Loops\n=====\n\nText.\n\n  ::\n");
    assertThat(GuideTestSupport.guideFrom(b, "## ")).doesNotContain("\n>\n");
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.kind() + " " + a.detail())
        .containsExactly("6 quote quote whose content was dropped, held back or is a duplicate",
            "6 raw:directive literal-block marker '::' (markup, not shown)");
  }

  @Test
  void aFootnotesRubricIsDroppedSinceEachFootnoteSitsAtItsReference() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("calls.rst", String.join("\n",
        "Calls", "=====", "", "Arguments are passed by object reference [#]_.", "",
        ".. rubric:: Footnotes", "",
        ".. [#] Call by object reference would be a better description.", ""));
    assertThat(GuideTestSupport.guideFrom(b, "## Contents")).doesNotContain("Footnotes")
        .contains("Call by object reference would be a better description");
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.kind() + " " + a.detail())
        .containsExactlyInAnyOrder(
            "6 paragraph footnotes heading (each footnote is shown at its reference)",
            "6 quote quote whose content was dropped, held back or is a duplicate");
  }

  @Test
  void aReferenceShowsItsWordsAndANameWithUnderscoresIsNoReference() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("init.rst", String.join("\n",
        "Classes", "=======", "",
        "Python calls __init__ and _setup_ after __new__; see the FAQ_ and `the tutorial`_.",
        "", ".. _FAQ: https://docs.python.org/3/faq/",
        ".. _the tutorial: https://docs.python.org/3/tutorial/", ""));
    assertThat(GuideTestSupport.guideFrom(b, "### Classes and objects")).contains(
        "Python calls \\_\\_init\\_\\_ and \\_setup\\_ after \\_\\_new\\_\\_; see the FAQ and"
            + " the tutorial. <sup>ini:4</sup>");
  }
}
