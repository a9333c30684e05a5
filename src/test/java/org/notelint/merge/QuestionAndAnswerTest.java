package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question stays with its answer: a heading that asks, and a question paragraph. */
class QuestionAndAnswerTest {
  private static final String NOTE = String.join("\n",
      "# Concepts",
      "",
      "## Is python single-threaded?",
      "",
      "No. The active thread can change between any two bytecode instructions.",
      "",
      "## Threads",
      "",
      "Threads share memory, so a lock must protect shared state.",
      "",
      "Then what is the purpose of the GIL?",
      "",
      "- GIL protects:",
      "    - Python's internal state, reference counting, memory allocations",
      "",
      "## Open points",
      "",
      "Why does asyncio need an event loop?",
      "");

  @Test
  void theQuestionLeadsIntoItsAnswer() {
    String md = GuideTestSupport.guideFrom(GuideTestSupport.buildOne("q.md", NOTE), "## Contents");
    // the heading that asks is shown above its answer, in the answer's topic
    assertThat(md).contains("\n### Is python single-threaded?\n\nNo. The active thread can "
        + "change between any two bytecode instructions. <sup>q:5</sup>");
    // the question goes where its answer goes (the GIL topic, not its section's), as prose
    assertThat(md).contains("### GIL\n\nThen what is the purpose of the GIL? <sup>q:11</sup>"
        + "\n\n- GIL protects: <sup>q:13</sup>");
    assertThat(md).contains("### Threading\n\nThreads share memory");
    // a question nothing answers is an open question, listed; "Open" names no topic here,
    // and "Open points" is a label, not a subsection of its own
    assertThat(md).contains("### asyncio\n\n**Open questions**\n\n"
        + "- Why does asyncio need an event loop?");
  }
}
