package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A code block's output is labelled "before the correction" only when a correction changed
 * the code that printed it; a corrected comment leaves the output true as printed.
 */
class CorrectedOutputLabelTest {
  private static final String NOTE = String.join("\n",
      "# Tuples",
      "",
      "In [1]:",
      "n = 1  # one \u00e2\u20ac\u201d the first",
      "print(n)",
      "",
      "1",
      "",
      "In [2]:",
      "t1 = (1)         # Create tuple",
      "print(t1)",
      "",
      "1",
      "");

  @Test
  void onlyACodeCorrectionMarksTheOutput() {
    String md = GuideTestSupport.guideFrom(GuideTestSupport.buildOne("t.txt", NOTE), "## ");
    assertThat(md).contains("n = 1  # one \u2014 the first\nprint(n)\n```\n<sup>t:4</sup>"
        + "\n\nOutput:\n\n```text\n1\n```");
    assertThat(md).contains("t1 = (1,)         # Create tuple\nprint(t1)\n```\n<sup>t:10</sup>"
        + "\n\nOutput (before the correction):\n\n```text\n1\n```");
  }

  @Test
  void commentsAndLayoutAreNotCode() {
    assertThat(Renderer.changesCode("x = 1  # Aslo", "x = 1  # Also")).isFalse();
    assertThat(Renderer.changesCode("print('conctructor')", "print('constructor')")).isTrue();
    assertThat(Renderer.changesCode("t = (1)", "t = (1,)")).isTrue();
  }
}
