package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A heading that names two topics ("The matplotlib object-oriented API": matplotlib and
 * object-oriented programming) goes to the one its section's text is about, whatever the
 * order of the names in it.
 */
class HeadingNamingTwoTopicsTest {
  private static final String PLOTTING = String.join("\n",
      "",
      "",
      "With matplotlib we draw a figure from numpy data: matplotlib makes the axes and the",
      "lines, numpy makes the array that is plotted.",
      "",
      "## Legends",
      "",
      "Every matplotlib axes takes a legend; numpy arrays plot as one line each.",
      "");

  private static final String OBJECTS = String.join("\n",
      "",
      "",
      "An object bundles state with the methods that act on it. Objects are made from a",
      "class, and oop is about sending messages between objects.",
      "");

  @Test
  void theSectionsTextPicksAmongTheTopicsItsHeadingNames() {
    GuideTestSupport.Built built = GuideTestSupport.buildOne("m.md",
        "# The matplotlib object-oriented API" + PLOTTING);
    String guide = org.notelint.emit.GuideMarkdown.write(built.guide(), "0.1.0");
    assertThat(topic(guide, "Data science libraries"))
        .contains("With matplotlib we draw a figure").contains("Every matplotlib axes");
    assertThat(guide).doesNotContain("## Object model");
  }

  @Test
  void theSameNamesOverTextAboutObjectsGoToTheObjectModel() {
    GuideTestSupport.Built built = GuideTestSupport.buildOne("m.md",
        "# The matplotlib object-oriented API" + OBJECTS);
    String guide = org.notelint.emit.GuideMarkdown.write(built.guide(), "0.1.0");
    assertThat(topic(guide, "Object model")).contains("An object bundles state");
    assertThat(guide).doesNotContain("Data science libraries");
  }

  /** The text of the topic headed {@code title} (its subsections too), up to its sources. */
  private static String topic(String guide, String title) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^#{2,4} " + java.util.regex.Pattern.quote(title) + "\\n").matcher(guide);
    assertThat(m.find()).as("a topic headed %s", title).isTrue();
    int end = guide.indexOf("\n*Sources", m.end());
    return guide.substring(m.end(), end < 0 ? guide.length() : end);
  }
}
