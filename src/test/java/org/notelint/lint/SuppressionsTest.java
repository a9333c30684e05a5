package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notelint.model.Finding;

/** Inline suppressions work in every format, and unused or misspelt ones are reported. */
class SuppressionsTest {
  private static List<String> lint(String name, String text) {
    return Rules.lint(Rules.shipped(), name, text, "3.14").stream()
        .filter(f -> !f.ruleId().equals("FMT-001"))
        .map(f -> f.span().startLine() + " " + f.ruleId()).toList();
  }

  @Test
  void markdownNextLineSilencesOneRuleOnTheNextLine() {
    String md = "# T\n\n<!-- notelint-disable-next-line MIS-012 -->\nDicts are unordered.\n\n"
        + "Dicts are unordered.\n";
    assertThat(lint("a.md", md)).containsExactly("6 MIS-012");
  }

  @Test
  void markdownRangeSilencesUntilEnable() {
    String md = "# T\n\n<!-- notelint-disable -->\nDicts are unordered.\n\n"
        + "Python has 33 keywords.\n<!-- notelint-enable -->\n\nDicts are unordered.\n";
    assertThat(lint("a.md", md)).containsExactly("9 MIS-012");
  }

  @Test
  void pythonCommentIgnoresItsLine() {
    String md = "```python\nfor i in xrange(3):  # notelint: ignore[PY2-006]\n    pass\n"
        + "y = xrange(2)\n```\n";
    assertThat(lint("a.md", md)).containsExactly("4 PY2-006");
  }

  @Test
  void restructuredTextCommentAndNamesWork() {
    String rst = "Title\n=====\n\n.. notelint-disable-next-line dicts-unordered\n\n"
        + "Dicts are unordered.\n";
    assertThat(lint("a.rst", rst)).isEmpty();
  }

  @Test
  void plainTextFormWorks() {
    String txt = "NOTES\n=====\n\nnotelint-disable-next-line MIS-012\nDicts are unordered.\n";
    assertThat(lint("a.txt", txt)).isEmpty();
  }

  @Test
  void unusedAndUnknownSuppressionsAreReported() {
    String md = "# T\n\n<!-- notelint-disable-next-line MIS-012 -->\nAll fine here.\n\n"
        + "<!-- notelint-disable-next-line NOPE-999 -->\nDicts are unordered.\n";
    assertThat(lint("a.md", md)).containsExactly("3 SUP-001", "6 SUP-001", "6 SUP-002",
        "7 MIS-012");
  }

  @Test
  void languageToolRulesAreKnownByTheirTableIncludingPerMatchIds() {
    // No grammar stage here: the suppressions silence nothing (SUP-001), and only the id
    // LanguageTool does not have is unknown (SUP-002).
    String md = "# T\n\n<!-- notelint-disable-next-line LT:EN_A_VS_AN -->\nA line.\n\n"
        + "<!-- notelint-disable-next-line LT:EN_COMPOUNDS_TIME_CONSUMING -->\nA line.\n\n"
        + "<!-- notelint-disable-next-line LT:NO_SUCH_RULE -->\nA line.\n";
    assertThat(lint("a.md", md)).containsExactly("3 SUP-001", "6 SUP-001", "9 SUP-001",
        "9 SUP-002");
  }

  @Test
  void anEnableNamingAnUnknownRuleIsReported() {
    String md = "# T\n\n<!-- notelint-disable MIS-012 -->\nDicts are unordered.\n"
        + "<!-- notelint-enable MIS-012 NOPE-999 -->\n";
    assertThat(lint("a.md", md)).containsExactly("5 SUP-002");
  }

  @Test
  void aDirectiveQuotedInProseIsNotADirective() {
    String md = "# T\n\nWrite `<!-- notelint-disable-next-line ID -->` above a line.\n";
    assertThat(lint("a.md", md)).isEmpty();
  }
}
