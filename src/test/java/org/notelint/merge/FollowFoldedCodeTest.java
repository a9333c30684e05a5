package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.model.NoteDocument;

/**
 * An example whose setup code is folded into a copy in another note keeps its "Output:" and
 * later calls next to that copy: the guide does not show the calls under one heading and the
 * code they need under another.
 */
class FollowFoldedCodeTest {
  private static final String SETUP = String.join("\n", "```python", "array = [1, 8, 15]",
      "gen = (x for x in array if array.count(x) > 0)", "array = [2, 8, 22]", "```");

  private static NoteDocument note(String name, String... lines) {
    return GuideTestSupport.note(name, String.join("\n", lines));
  }

  @Test
  void theCallsAfterAFoldedSetupAreWrittenAfterItsCopy() {
    NoteDocument a = note("a.md", "# Generators", "", "## When the in clause runs", "", SETUP,
        "", "The `in` clause runs when the generator is made.", "");
    NoteDocument b = note("b.md", "# Generators", "", "## Evaluation time discrepancy", "",
        SETUP, "", "**Output:**", "", "```py", ">>> print(list(gen))", "[8]", "```", "",
        "```py", ">>> array", "[2, 8, 22]", "```", "", "Only the outer loop runs at once.", "");
    GuideTestSupport.Built built = GuideTestSupport.build(List.of(a, b));
    assertThat(GuideTestSupport.guideFrom(built, "#### When the in clause runs"))
        .startsWith(String.join("\n",
            "#### When the in clause runs", "",
            "The `in` clause runs when the generator is made. <sup>a:11</sup>", "",
            SETUP, "<sup>a:5; b:5</sup>", "",
            "**Output:**", "", "```py", ">>> print(list(gen))", "[8]", "```",
            "<sup>b:11, 13</sup>", "",
            "```py", ">>> array", "[2, 8, 22]", "```", "<sup>b:18</sup>", ""));
    // The note's own heading keeps what is not code: its explanation.
    assertThat(GuideTestSupport.guideFrom(built, "#### Evaluation time discrepancy"))
        .startsWith(String.join("\n", "#### Evaluation time discrepancy", "",
            "Only the outer loop runs at once. <sup>b:23</sup>", ""));
  }
}
