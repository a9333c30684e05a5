package org.notelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass keyword scan answers exactly what {@code String.contains} would. */
class KeywordIndexTest {

  @Test
  void findsEveryKeywordContainsFinds() {
    Random rnd = new Random(7);
    String alphabet = "ab (_.\u00e9\n";
    for (int round = 0; round < 500; round++) {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        words.add(random(rnd, alphabet, rnd.nextInt(4)));
      }
      List<Rule> rules = List.of(new KeywordRule(words));
      KeywordIndex index = KeywordIndex.of(rules);
      String text = random(rnd, alphabet, rnd.nextInt(60));
      BitSet present = index.scan(text);
      List<String> sorted = new java.util.TreeSet<>(words).stream().toList();
      for (int id = 0; id < sorted.size(); id++) {
        assertThat(present.get(id)).as("'%s' in '%s'", sorted.get(id), text)
            .isEqualTo(text.contains(sorted.get(id)));
      }
    }
  }

  @Test
  void theShippedKeywordsAreIndexed() {
    KeywordIndex index = KeywordIndex.of(Rules.shipped().rules());
    BitSet present = index.scan("print x  # the gil is held");
    assertThat(present.cardinality()).isGreaterThanOrEqualTo(2);
  }

  private static String random(Random rnd, String alphabet, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private record KeywordRule(List<String> keywords) implements Rule {
    @Override
    public RuleMeta meta() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void check(DocContext doc, Sink sink) {}
  }
}
