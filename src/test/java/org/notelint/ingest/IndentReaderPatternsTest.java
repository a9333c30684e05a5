package org.notelint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The inline-mark expressions were rewritten for speed (a possessive word, a leading
 * look-ahead) and some are searched only where a match can start ({@link MatchStarts}); each
 * must find exactly what the plain form it replaced finds with {@code find()}.
 */
class IndentReaderPatternsTest {

  @Test
  void rewrittenExpressionsFindWhatThePlainFormsFind() {
    check(Pattern.compile(
        "`[^`]+`__?|\\[[^\\]\\s]+\\]_|\\|[^|\\s][^|]*\\|_{0,2}|\\b\\w+_(?=\\W|$)"),
        IndentReader.RST_REF, IndentReader::refCanStart);
    check(Pattern.compile(":[\\w:]+:`[^`]+`|`[^`]+ <[^>]+>`_|``[^`]+``"),
        FormatSniffer.RST_ROLE, FormatSniffer::roleCanStart);
  }

  @Test
  void onlyPairedStarsAreEmphasisMarkup() {
    assertThat(shown("x ** y       x to the power y")).isEqualTo("x ** y       x to the power y");
    assertThat(shown("2**8 and x*y*z")).isEqualTo("2**8 and x*y*z");
    assertThat(shown("def f(*args, **kwargs)")).isEqualTo("def f(*args, **kwargs)");
    assertThat(shown("a * b * c")).isEqualTo("a * b * c");
    assertThat(shown("**Bold** and *stress*, (*quoted*).")).isEqualTo(
        "Bold and stress, (quoted).");
    assertThat(shown("**not closed * here")).isEqualTo("**not closed * here");
    assertThat(shown("***rule*** stays")).isEqualTo("***rule*** stays");
  }

  /** {@code v} without what {@link IndentReader#markEmphasis} marks as markup. */
  private static String shown(String v) {
    byte[] kind = new byte[v.length()];
    IndentReader.markEmphasis(kind, v);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      if (kind[i] != MarkRuns.MARKUP) {
        sb.append(v.charAt(i));
      }
    }
    return sb.toString();
  }

  @Test
  void everyRoleMatchHoldsOneOfTheSequencesTheSnifferLooksForFirst() {
    Random rnd = new Random(11);
    String[] pieces = {"`", "``", ":func:", ":", "a", "_", " <", ">", " ", "x_", "`_"};
    int matched = 0;
    for (int round = 0; round < 20_000; round++) {
      String line = joined(rnd, pieces, 14);
      if (FormatSniffer.RST_ROLE.matcher(line).find()) {
        matched++;
        assertThat(line.contains(":`") || line.contains("`_") || line.contains("``"))
            .as(line).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(1_000);
  }

  @Test
  void aClosingDoubleColonShowsAsOneColonOrNone() {
    assertThat(IndentReader.literalMarker("For example::")).isEqualTo(
        new org.notelint.model.Mark(12, 13, org.notelint.model.Mark.Kind.MARKUP));
    assertThat(IndentReader.literalMarker("For example ::  ")).isEqualTo(
        new org.notelint.model.Mark(11, 14, org.notelint.model.Mark.Kind.MARKUP));
    assertThat(IndentReader.literalMarker("For example\n::")).isEqualTo(
        new org.notelint.model.Mark(11, 14, org.notelint.model.Mark.Kind.MARKUP));
  }

  private static void check(Pattern plain, Pattern fast,
      java.util.function.BiPredicate<String, Integer> canStart) {
    Random rnd = new Random(5);
    String[] pieces = {"`", "``", ":func:", ":", "a", "b1", "_", "__", " <", ">", "|", "[", "]",
        "*", "**", " ", "\n", "\t", ".", "é", "x_"};
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String s = joined(rnd, pieces, 16);
      List<String> expected = matches(plain, s);
      assertThat(matches(fast, s, canStart)).as("%s on %s", fast, s).isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).as("matches compared for %s", fast).isGreaterThan(500);
  }

  /** Up to {@code bound - 1} pieces drawn at random, joined. */
  private static String joined(Random rnd, String[] pieces, int bound) {
    StringBuilder sb = new StringBuilder();
    for (int i = rnd.nextInt(bound); i > 0; i--) {
      sb.append(pieces[rnd.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static List<String> matches(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  /** The matches the readers find: only at the positions {@code canStart} accepts. */
  private static List<String> matches(Pattern p, String s,
      java.util.function.BiPredicate<String, Integer> canStart) {
    List<String> out = new ArrayList<>();
    MatchStarts m = new MatchStarts(p, s, canStart == null ? null : i -> canStart.test(s, i));
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
