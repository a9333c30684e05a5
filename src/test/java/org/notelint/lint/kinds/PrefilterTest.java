package org.notelint.lint.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.notelint.lint.Rule;
import org.notelint.lint.Rules;

/**
 * The prefilter must never change what a rule finds: a windowed search ({@link Regex#hits})
 * returns exactly the matches, with the same groups, that a search of the whole text does.
 */
class PrefilterTest {

  private static Prefilter of(String regex) {
    return Regex.compile(regex).prefilter();
  }

  @Test
  void aKeywordLiteralIsRequiredAndTheMatchStaysOnItsLine() {
    Prefilter p = of("(?:^|[;:])[ \\t]*(?P<hit>print[ \\t]+[^\\s(]+)[ \\t]*(?:;|$)");
    assertEquals(List.of(List.of("print\t", "print ")), p.clauses());
    assertTrue(p.lineLocal());
  }

  @Test
  void requiredTextJoinsNeighboursAndSingleCharactersGoWhenLongerTextIsRequired() {
    Prefilter p = of("[A-Za-z_]\\w*[ \\t]*=[ \\t]*\\((\\d+)\\)");
    // Neighbours join: "(" then a digit, a digit then ")"; "=" alone is on too many lines.
    assertEquals(List.of(List.of("(0", "(1", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9"),
        List.of("0)", "1)", "2)", "3)", "4)", "5)", "6)", "7)", "8)", "9)")), p.clauses());
    // With nothing longer, a single character is still worth a look.
    assertEquals(List.of(List.of("=")), of("\\w+=\\w+").clauses());
  }

  @Test
  void smallClassesCombineIntoExactStrings() {
    assertEquals(List.of(List.of("0x0", "0x1", "0x2", "0x3", "0x4", "0x5", "0x6", "0x7", "0x8",
        "0x9", "0xa", "0xb", "0xc", "0xd", "0xe", "0xf")), of("0[xX][0-9a-f]+").clauses());
    assertEquals(List.of(List.of("0l", "1l", "2l", "3l", "4l", "5l", "6l", "7l", "8l", "9l")),
        of("\\d+[lL]").clauses());
    assertEquals(List.of(List.of("is")), of("\\bis(?: not)?\\b").clauses());
    assertEquals(List.of(List.of("ab", "cd")), of("ab|cd").clauses());
  }

  @Test
  void caseFoldingThatLeavesAsciiKnowsNothing() {
    // (?i)k also matches the Kelvin sign, (?i)s the long s: ASCII lower case cannot say.
    assertEquals(List.of(), of("(?i)kind").clauses());
    assertEquals(List.of(), of("(?i)is").clauses());
    assertEquals(List.of(List.of("print")), of("(?i)print").clauses());
    assertEquals(List.of(List.of("print")), of("PRINT").clauses());
  }

  @Test
  void optionalPartsAndEmptyMatchesRequireNothing() {
    assertEquals(List.of(), of("a*").clauses());
    assertEquals(List.of(), of("(?:ab)?").clauses());
    assertEquals(List.of(), of("ab|").clauses());
    assertEquals(List.of(), of("a|.").clauses());
  }

  @Test
  void whatCanCrossALineIsNotLineLocal() {
    assertFalse(of("a\\sb").lineLocal());
    assertFalse(of("a[^b]c").lineLocal());
    assertFalse(of("(?s)a.b").lineLocal());
    assertFalse(of("a\\nb").lineLocal());
    assertFalse(of("\\Aab").lineLocal());
    assertFalse(of("(?-m)ab$").lineLocal());
    assertTrue(of("a.b").lineLocal());
    assertTrue(of("^a[^\\s]b$").lineLocal());
    assertTrue(of("a[^b\\n]c\\b").lineLocal());
  }

  @Test
  void windowsAreTheRunsOfLinesHoldingEveryClause() {
    Prefilter p = of("=[ ]*\\(");
    String text = "a\nx = (1)\ny=(2)\nnone\n(x)=1\nz=(3)";
    Prefilter.Text t = Prefilter.Text.of(text);
    List<String> windows = p.windows(t).stream().map(w -> text.substring(w[0], w[1])).toList();
    assertEquals(List.of("x = (1)\ny=(2)", "(x)=1\nz=(3)"), windows);
  }

  /** Random expressions over random texts: windowed and whole-text searches agree. */
  @Test
  void windowedSearchFindsExactlyWhatAWholeTextSearchFinds() {
    Random rnd = new Random(2026);
    int compared = 0;
    int windowed = 0;
    for (int i = 0; i < 3000; i++) {
      String source = randomRegex(rnd, 3);
      Regex regex;
      try {
        regex = Regex.compile(source);
      } catch (PatternSyntaxException e) {
        continue;
      }
      if (regex.prefilter().lineLocal() && !regex.prefilter().clauses().isEmpty()) {
        windowed++;
      }
      for (int j = 0; j < 6; j++) {
        String text = randomText(rnd);
        assertEquals(whole(regex, text), windowedMatches(regex, text),
            () -> "regex " + source + " on " + text.replace("\n", "\\n"));
        compared++;
      }
    }
    assertTrue(compared > 10_000, "compared " + compared);
    assertTrue(windowed > 300, "windowed " + windowed);
  }

  /** Every expression of the shipped rules, over every file of input/, agrees both ways. */
  @Test
  void shippedRulesFindTheSameOnTheSeeds() throws IOException {
    List<Regex> all = new ArrayList<>();
    for (Rule r : Rules.shipped().rules()) {
      if (r instanceof PatternRule p) {
        all.addAll(p.patterns());
        all.addAll(p.unless());
        all.addAll(p.requires());
      } else if (r instanceof ClaimRule c) {
        all.addAll(c.patterns());
        all.addAll(c.unless());
        all.addAll(c.requires());
      }
    }
    assertTrue(all.size() > 50, "expressions " + all.size());
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("input"))) {
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    int found = 0;
    for (Regex regex : all) {
      for (String text : texts) {
        List<String> expected = whole(regex, text);
        assertEquals(expected, windowedMatches(regex, text), regex.source());
        found += expected.size();
      }
    }
    assertTrue(found > 100, "matches " + found);
  }

  private static List<String> whole(Regex regex, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = regex.matcher(text);
    while (m.find()) {
      StringBuilder sb = new StringBuilder();
      for (int g = 0; g <= m.groupCount(); g++) {
        sb.append(m.start(g)).append('-').append(m.end(g)).append(' ');
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static List<String> windowedMatches(Regex regex, String text) {
    List<String> out = new ArrayList<>();
    Regex.Hits h = regex.hits(Prefilter.Text.of(text));
    while (h.find()) {
      StringBuilder sb = new StringBuilder();
      for (int g = 0; g <= h.groupCount(); g++) {
        sb.append(h.start(g)).append('-').append(h.end(g)).append(' ');
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static final String[] ATOMS = {"a", "b", "B", "k", "s", "\\n", " ", "[ab]", "[^a]",
      "[^a\\n]", "\\s", "\\w", "\\d", "\\W", ".", "(?s:.)", "^", "$", "\\b", "\\B", "\\A",
      "\\z", "(?i:k)", "(?i:s)", "(?i:ab)", "x", "[xX]", "[0-9]", "ab", "=", "\\(", "[0-9]+",
      "a+", "(?:ab|x)+", "[ab]{2,3}"};

  private static String randomRegex(Random rnd, int depth) {
    int k = depth == 0 ? 0 : rnd.nextInt(6);
    switch (k) {
      case 1 -> {
        return randomRegex(rnd, depth - 1) + randomRegex(rnd, depth - 1);
      }
      case 2 -> {
        return "(?:" + randomRegex(rnd, depth - 1) + "|" + randomRegex(rnd, depth - 1) + ")";
      }
      case 3 -> {
        String[] q = {"*", "+", "?", "{2}", "{1,3}", "{0,2}", "+?"};
        return "(?:" + randomRegex(rnd, depth - 1) + ")" + q[rnd.nextInt(q.length)];
      }
      case 4 -> {
        return "(" + randomRegex(rnd, depth - 1) + randomRegex(rnd, depth - 1) + ")";
      }
      default -> {
        return ATOMS[rnd.nextInt(ATOMS.length)];
      }
    }
  }

  private static String randomText(Random rnd) {
    String alphabet = "aAbBkKsSx=(0 \n\n\u212a\u017f_.";
    int n = rnd.nextInt(40);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
