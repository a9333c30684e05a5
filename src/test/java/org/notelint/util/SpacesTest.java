package org.notelint.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {
  @Test
  void collapsesExactlyAsTheRegularExpressionDoes() {
    Random rnd = new Random(11);
    String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003\u001c.";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Spaces.collapse(s)).as("%s", s.chars().boxed().toList())
          .isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void returnsTheSameStringWhenNothingChanges() {
    String s = "one two three";
    assertThat(Spaces.collapse(s)).isSameAs(s);
  }
}
