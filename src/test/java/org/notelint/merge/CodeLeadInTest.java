package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text that leads into the code under it stays with that code; a page's navigation links are
 * dropped with their reason.
 */
class CodeLeadInTest {
  private static final String NOTE = String.join("\n",
      "< [Previous](01-Intro.ipynb) | [Contents](Index.ipynb) | [Next](03-Loops.ipynb) >",
      "",
      "# Variables",
      "",
      "A variable is a name bound to an object; assignment binds it.",
      "",
      "The next line in the script is",
      "",
      "```python",
      "midpoint = 5",
      "```",
      "",
      "Names are not declared before use.",
      "",
      "```python",
      "x = 1",
      "```",
      "");

  @Test
  void aSentenceTheCodeFinishesIsShownWithIt() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("vars.md", NOTE);
    assertThat(GuideTestSupport.guideFrom(b, "### Variables and references")).isEqualTo(String.join("\n",
        "### Variables and references",
        "",
        "A variable is a name bound to an object; assignment binds it. <sup>var:5</sup>",
        "",
        "Names are not declared before use. <sup>var:13</sup>",
        "",
        "The next line in the script is",
        "",
        "```python",
        "midpoint = 5",
        "```",
        "<sup>var:7, 9</sup>",
        "",
        "```python",
        "x = 1",
        "```",
        "<sup>var:15</sup>",
        "",
        "*Sources: `vars.md` lines 5, 7, 9\u201311, 13, 15\u201317.*",
        "",
        ""));
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .containsExactly("1 navigation links to the previous and next pages");
  }

  @Test
  void navigationBarsAreLinksAndSeparatorsOnly() {
    assertThat(Merger.isNavigationBar("[Back](a.md) | [Next](b.md)")).isTrue();
    assertThat(Merger.isNavigationBar("< [Back](a.md) · [Home](index.md) >")).isTrue();
    assertThat(Merger.isNavigationBar("[Back](a.md)")).isFalse();
    assertThat(Merger.isNavigationBar("See [a](a.md) and [b](b.md).")).isFalse();
    assertThat(Merger.isNavigationBar("[A guide](https://a.org/x)\n[Another](https://b.org/)"))
        .isFalse(); // a reading list
    assertThat(Merger.isNavigationBar("[A](https://a.org/x) [B](https://b.org/)")).isFalse();
  }

  @Test
  void aLeadInInsideAListItemIsWrittenOnceWithItsCode() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("scope.md", String.join("\n",
        "# Scopes", "",
        "- A name assigned in a function is local to it; reading it first fails.", "",
        "  **Output:**", "",
        "  ```py", "  >>> f()", "  UnboundLocalError: local variable 'x'", "  ```", ""));
    String guide = GuideTestSupport.guideFrom(b, "## ");
    assertThat(guide.split("\\*\\*Output:\\*\\*", -1)).hasSize(2);
    assertThat(guide).contains("  **Output:**\n\n  ```py\n  >>> f()");
  }

  @Test
  void aLeadInAboveCodeThatIsDroppedKeepsATopic() {
    // The empty code block is dropped before topics are assigned; its lead-in must still get
    // one (it used to take the code's topic, none, and fail the merge).
    GuideTestSupport.Built b = GuideTestSupport.buildOne("empty.md", String.join("\n",
        "# Scopes", "", "A name assigned in a function is local to it, as", "", "```python",
        "```", "", "Names are looked up when the code runs.", ""));
    assertThat(GuideTestSupport.guideFrom(b, "## "))
        .contains("A name assigned in a function is local to it, as <sup>emp:3</sup>");
    assertThat(b.guide().accounts()).filteredOn(a -> a.fate() == Guide.Fate.DROPPED)
        .extracting(a -> a.span().startLine() + " " + a.detail())
        .containsExactly("5 empty code block");
  }

  @Test
  void aBoldLabelNamesTheCodeUnderItAndGoesWithIt() {
    String code = String.join("\n", "```py", ">>> 'ab'.upper()", "'AB'", "```", "");
    var a = GuideTestSupport.note("a.md", String.join("\n",
        "# Strings", "", "Methods return a new string.", "", "**Output**", "", code));
    var b = GuideTestSupport.note("b.md", String.join("\n",
        "# Strings", "", "**Вывод**", "", code, "", "**A string never changes.**", "", code));
    GuideTestSupport.Built built = GuideTestSupport.build(java.util.List.of(a, b));
    assertThat(GuideTestSupport.guideFrom(built, "**Output**")).startsWith(String.join("\n",
        "**Output**", "", "```py", ">>> 'ab'.upper()", "'AB'", "```",
        "<sup>a:5, 7; b:5, 13</sup>", ""));
    // The label of a folded copy says nothing on its own; a bold sentence is no label.
    assertThat(built.guide().accounts()).filteredOn(x -> x.fate() == Guide.Fate.DROPPED)
        .extracting(x -> x.file() + ":" + x.span().startLine() + " " + x.detail())
        .containsExactly("b.md:3 caption of code that was held back or is a duplicate");
    assertThat(GuideTestSupport.guideFrom(built, "## "))
        .contains("**A string never changes.** <sup>b:11</sup>");
  }
}
