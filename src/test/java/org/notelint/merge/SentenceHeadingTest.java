package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A heading that is a whole sentence does not name the topic of a word inside it: its units
 * are placed by their own words, and only what fits nowhere follows the section's text.
 */
class SentenceHeadingTest {
  private static final String NOTE = String.join("\n",
      "# You call it just like a function, and thinking about it you call a class the same way",
      "",
      "An iterator raises StopIteration when it has run its course, and iter() makes one.",
      "",
      "A generator yields its values lazily, and next() resumes the generator.",
      "",
      "");

  @Test
  void unitsUnderASentenceHeadingArePlacedByTheirOwnWords() {
    GuideTestSupport.Built built = GuideTestSupport.buildOne("s.md", NOTE);
    String iterators = GuideTestSupport.guideFrom(built, "### Iterators");
    assertThat(iterators).contains("An iterator raises StopIteration");
    String generators = GuideTestSupport.guideFrom(built, "### Generators");
    assertThat(generators).contains("A generator yields its values lazily");
    // the heading's "function" and "class" name nothing
    assertThat(GuideTestSupport.guideFrom(built, "# "))
        .doesNotContain("## Functions").doesNotContain("Classes and objects");
  }

  @Test
  void aShortHeadingStillNamesItsTopic() {
    GuideTestSupport.Built built = GuideTestSupport.buildOne("s.md",
        NOTE.replaceFirst("# .*", "# Functions and classes"));
    assertThat(GuideTestSupport.guideFrom(built, "## Functions"))
        .contains("An iterator raises StopIteration");
  }
}
