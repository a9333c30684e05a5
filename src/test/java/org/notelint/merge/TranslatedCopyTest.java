package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section whose heading names no topic (a translation, "Строки") but whose code repeats the
 * code of sections whose headings do, goes to their topic, its own prose with it.
 */
class TranslatedCopyTest {
  private static final String CODE_ONE = String.join("\n",
      "```python",
      "a = 'wtf'",
      "b = 'wtf'",
      "print(a is b)  # True: both names point to one interned object",
      "c = ''.join(['w', 't', 'f'])",
      "print(a is c)  # False: built at run time, a new object",
      "print(a == c)  # True: equal values",
      "```");
  private static final String CODE_TWO = String.join("\n",
      "```python",
      "x = 'wtf!'; y = 'wtf!'",
      "print(x is y)  # False in the REPL, one line at a time",
      "x, y = 'wtf!', 'wtf!'",
      "print(x is y)  # True: one statement, one constant",
      "print(len(x), len(y))",
      "```");

  @Test
  void aTranslatedSectionFollowsTheTopicOfTheCodeItRepeats() {
    String en = String.join("\n", "# Strings can be tricky", "", "Interning happens here.", "",
        CODE_ONE, "", "And here it does not.", "", CODE_TWO, "");
    String ru = String.join("\n", "# Хитрые примеры", "", "Здесь происходит интернирование.",
        "", CODE_ONE, "", "А здесь нет.", "", CODE_TWO, "");
    String md = GuideTestSupport.guideFrom(GuideTestSupport.build(List.of(GuideTestSupport.note("en.md", en),
        GuideTestSupport.note("ru.md", ru))), "## Contents");
    String strings = md.substring(md.indexOf("#### Strings"));
    strings = strings.substring(0, strings.indexOf("\n## ") < 0 ? strings.length()
        : strings.indexOf("\n## "));
    assertThat(strings).contains("Здесь происходит интернирование.")
        .contains("А здесь нет.");
  }
}
