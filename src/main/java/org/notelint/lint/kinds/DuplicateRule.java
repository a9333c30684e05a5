package org.notelint.lint.kinds;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.notelint.dedupe.DedupeSettings;
import org.notelint.lint.DocContext;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleFileException;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.RuleSet;
import org.notelint.lint.Sink;

/**
 * A rule reported by the dedupe stage, not by a per-note check: {@code match} says which
 * clusters it reports (verbatim, near, code or link) and {@code settings} tunes what counts
 * as a duplicate. Leaving the rule out of the rules turns that comparison off.
 */
public record DuplicateRule(RuleMeta meta, String match, Map<String, Double> settings)
    implements Rule {

  /** The settings each match takes, with the shipped defaults. */
  private static final Map<String, Map<String, Double>> KEYS = Map.of(
      "verbatim", Map.of("min-words", 8.0),
      "near", Map.of("min-words", 8.0, "shingle", 3.0, "jaccard", 0.5, "containment", 0.8),
      "code", Map.of("min-lines", 2.0, "min-tokens", 24.0, "shingle", 5.0, "jaccard", 0.5,
          "containment", 0.8, "min-contained-tokens", 40.0),
      "link", Map.of());
  private static final Set<String> FRACTIONS = Set.of("jaccard", "containment");

  /** Checks {@code match} and {@code settings}; {@code at} names the rule for messages. */
  public static DuplicateRule of(RuleMeta meta, String match, Map<String, Double> settings,
      String at) throws RuleFileException {
    Map<String, Double> known = KEYS.get(match);
    if (known == null) {
      throw new RuleFileException(at + ": match must be one of "
          + String.join(", ", new TreeMap<>(KEYS).keySet()) + ", not '" + match + "'");
    }
    Map<String, Double> all = new TreeMap<>(known);
    if (settings != null) {
      for (var e : settings.entrySet()) {
        if (!known.containsKey(e.getKey())) {
          throw new RuleFileException(at + ": setting '" + e.getKey() + "' does not apply to "
              + "match " + match + (known.isEmpty() ? " (it takes none)" : " (it takes "
              + String.join(", ", new TreeMap<>(known).keySet()) + ")"));
        }
        double v = e.getValue() == null ? Double.NaN : e.getValue();
        boolean ok = FRACTIONS.contains(e.getKey()) ? v > 0 && v <= 1
            : v >= 1 && v <= 10_000 && v == Math.rint(v);
        if (!ok) {
          throw new RuleFileException(at + ": setting " + e.getKey() + " must be "
              + (FRACTIONS.contains(e.getKey()) ? "a fraction above 0 and at most 1"
              : "a whole number from 1 to 10000") + ", not " + e.getValue());
        }
        all.put(e.getKey(), v);
      }
    }
    return new DuplicateRule(meta, match, Map.copyOf(all));
  }

  @Override
  public void check(DocContext doc, Sink sink) {
    // Reported by the dedupe stage across all notes (org.notelint.dedupe.DuplicateFindings).
  }

  private int whole(String key) {
    return (int) Math.round(settings.get(key));
  }

  /** The dedupe settings the duplicate rules of {@code rules} ask for. */
  public static DedupeSettings settings(RuleSet rules) {
    DedupeSettings d = DedupeSettings.DEFAULTS;
    boolean verbatim = false;
    boolean near = false;
    boolean code = false;
    boolean links = false;
    int minWords = Integer.MAX_VALUE;
    int proseShingle = d.proseShingle();
    double jaccard = d.jaccard();
    double containment = d.containment();
    int minLines = d.minCodeLines();
    int minTokens = d.minCodeTokens();
    int codeShingle = d.codeShingle();
    double codeJaccard = d.codeJaccard();
    double codeContainment = d.codeContainment();
    int minContained = d.minContainedTokens();
    for (Rule r : rules.rules()) {
      if (!(r instanceof DuplicateRule dr)) {
        continue;
      }
      switch (dr.match()) {
        case "verbatim" -> {
          verbatim = true;
          minWords = Math.min(minWords, dr.whole("min-words"));
        }
        case "near" -> {
          near = true;
          minWords = Math.min(minWords, dr.whole("min-words"));
          proseShingle = dr.whole("shingle");
          jaccard = dr.settings().get("jaccard");
          containment = dr.settings().get("containment");
        }
        case "code" -> {
          code = true;
          minLines = dr.whole("min-lines");
          minTokens = dr.whole("min-tokens");
          codeShingle = dr.whole("shingle");
          codeJaccard = dr.settings().get("jaccard");
          codeContainment = dr.settings().get("containment");
          minContained = dr.whole("min-contained-tokens");
        }
        default -> links = true;
      }
    }
    return new DedupeSettings(verbatim, near, code, links,
        minWords == Integer.MAX_VALUE ? d.minWords() : minWords, proseShingle, jaccard,
        containment, minLines, minTokens, codeShingle, codeJaccard, codeContainment,
        minContained);
  }
}
