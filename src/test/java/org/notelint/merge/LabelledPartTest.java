package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sub-section that labels a part of its section ("💡 Explanation:") goes where its section
 * goes, and its words count for that section: an example is not parted from its explanation.
 */
class LabelledPartTest {
  @Test
  void anExampleAndItsExplanationShareATopic() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("n.md", String.join("\n",
        "# Python oddities", "", "## Hash brownies", "",
        "```py", ">>> 5 == 5.0 == 5 + 0j", "True", ">>> 5 is not 5.0", "True",
        ">>> True == 1", "True", "```", "",
        "### 💡 Explanation:", "",
        "A dictionary looks up a key by its hash, then by equality. Since `5 == 5.0` and "
            + "`hash(5) == hash(5.0)`, the dictionary keeps one key, and the last value "
            + "assigned to it wins.", ""));
    // Alone, the example's True and False sent it to None and booleans.
    assertThat(b.guide().accounts()).extracting(a -> a.span().startLine() + " " + a.topic())
        .containsExactly("5 Dictionaries", "16 Dictionaries");
    assertThat(GuideTestSupport.guideFrom(b, "#### Dictionaries")).startsWith(String.join("\n",
        "#### Dictionaries", "", "##### Hash brownies", "",
        "A dictionary looks up a key by its hash, then by equality. Since `5 == 5.0` and "
            + "`hash(5) == hash(5.0)`, the dictionary keeps one key, and the last value "
            + "assigned to it wins. <sup>n:16</sup>", "",
        "```py", ">>> 5 == 5.0 == 5 + 0j", "True", ">>> 5 is not 5.0", "True",
        ">>> True == 1", "True", "```", "<sup>n:5</sup>", ""));
  }
}
