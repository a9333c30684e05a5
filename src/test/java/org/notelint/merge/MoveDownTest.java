package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In a section about a topic, prose goes down to a sub-topic only when its first sentence
 * names it; a sub-topic named in passing later on leaves it where its section put it.
 */
class MoveDownTest {
  private static final String NOTE = String.join("\n",
      "# Functions",
      "",
      "The execution of a function introduces a new symbol table for its local variables.",
      "Names are looked up in the local table, then the global one, then the table of",
      "built-in names.",
      "",
      "Built-in functions such as len() and print() are always there. They need no import.",
      "");

  @Test
  void onlyTheFirstSentenceMovesProseToASubTopic() {
    String md = GuideTestSupport.guideFrom(GuideTestSupport.buildOne("f.md", NOTE),
        "## Functions");
    assertThat(md).startsWith("## Functions\n\nThe execution of a function introduces");
    assertThat(md).contains("### Built-in functions\n\nBuilt-in functions such as len()");
    assertThat(Merger.firstSentence("One. Two three.")).isEqualTo("One.");
    assertThat(Merger.firstSentence("Use e.g. this. Then")).isEqualTo("Use e.g. this.");
  }
}
