package org.notelint.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notelint.model.Text;

/** Which plain-text paragraphs keep their line breaks in the guide. */
class LineListTest {
  private static boolean lineList(String... lines) {
    return Renderer.lineList(Text.ofLines(String.join("\n", lines), 1, -1));
  }

  @Test
  void aHandBrokenListKeepsItsBreaks() {
    // seed 003: one study topic per line, the last one longer than the rest
    assertThat(lineList("import exception order", "old/new style class differences",
        "class level attribute overrides", "variables as references to objects",
        "Scopes and closures", "mutability vs immutability (with function parameters)"))
        .isTrue();
    assertThat(lineList("x + y        the sum of x and y",
        "x - y        the difference of x and y",
        "x * y        the product of x and y, for numbers and for sequences repeated")).isTrue();
    assertThat(lineList("Never, ever, have an dangling awaitable.",
        "Always keep a reference on all your awaitables, wherever they were created.",
        "Decide where in the code you think their life should end.")).isTrue();
  }

  @Test
  void wrappedProseIsReflowed() {
    assertThat(lineList(
        "The garbage collector runs when the number of allocations minus the number of",
        "deallocations exceeds a threshold; objects that survive a collection move to",
        "an older generation, which is collected less often.")).isFalse();
    // wrapped by hand at clauses, the last line the longest
    assertThat(lineList("While some compound statements such as list comprehensions are",
        "allowed and appreciated for their brevity and their expressiveness,",
        "it is bad practice to have two disjointed statements on the same line of code."))
        .isFalse();
    // a link's address makes its line longer than the width the text was wrapped at
    assertThat(lineList(
        "A programming idiom, put simply, is a way to write code. The notion of",
        "programming idioms is discussed at c2 <http://c2.com/cgi/wiki?ProgrammingIdiom>",
        "and at Stack Overflow.")).isFalse();
  }
}
