package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.merge.Guide.Account;
import org.notelint.merge.Guide.Fate;

/**
 * Code whose only unfixable factual flag is a claim in a prose comment stays in the guide
 * with that comment cut (recorded as a correction); commented-out code that is flagged still
 * holds the block back, since cutting it would leave the rest of the comment half a recipe,
 * and so does a flagged comment that is all the block holds.
 */
class CommentCutTest {
  private static final String NOTE = String.join("\n",
      "# Numbers",
      "",
      "In [1]:",
      "print(5 / 2)    # Result 2.5 since Python 2.7, result 2 before Python 2.7",
      "print(5 // 3)   # Integer division. Result 1",
      "",
      "2.5",
      "1",
      "",
      "## Threads",
      "",
      "In [2]:",
      "import sys",
      "# The interval is set to 100 instructions:",
      "sys.getswitchinterval()",
      "",
      "## Interval",
      "",
      "In [3]:",
      "# Python switches threads every 100 instructions",
      "",
      "## Modules",
      "",
      "In [4]:",
      "# module reload",
      "# import imp",
      "# imp.reload(awesome_module)",
      "");

  @Test
  void aFlaggedProseCommentIsCutAndTheCodeKept() {
    GuideTestSupport.Built b = GuideTestSupport.buildOne("n.txt", NOTE);
    String md = GuideTestSupport.guideFrom(b, "## Contents");
    assertThat(md).contains("```python\nprint(5 / 2)\nprint(5 // 3)   # Integer division. "
        + "Result 1\n```\n<sup>n:4</sup>\n\nOutput:\n\n```text\n2.5\n1\n```");
    assertThat(md).contains("```python\nimport sys\nsys.getswitchinterval()\n```");
    assertThat(md).doesNotContain("since Python 2.7").doesNotContain("100 instructions")
        .doesNotContain("imp.reload");
    assertThat(b.guide().corrections()).extracting(c -> c.ruleId() + " " + c.before() + " -> "
        + c.after()).containsExactly(
        "PY2-035 # Result 2.5 since Python 2.7, result 2 before Python 2.7 -> ",
        "MIS-011 # The interval is set to 100 instructions: -> ");
    List<Account> code = b.guide().accounts().stream()
        .filter(a -> a.kind().equals("code")).toList();
    assertThat(code).extracting(a -> a.span().startLine() + " " + a.fate())
        .containsExactly("4 " + Fate.KEPT, "7 " + Fate.KEPT, "13 " + Fate.KEPT,
            "20 " + Fate.HELD_BACK, "25 " + Fate.HELD_BACK);
  }
}
