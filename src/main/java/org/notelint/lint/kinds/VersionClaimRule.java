package org.notelint.lint.kinds;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.lint.DocContext;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;

/**
 * Kind {@code version-claim}: a feature said to need a version it does not
 * ("tracemalloc (Python 3.6+)" when it arrived in 3.4). A claim is a version right after the
 * feature ("3.6+", "since 3.6", "added in 3.6", "requires Python 3.6") or just before it
 * ("(3.7+) Data Classes"). For features that kept changing after they arrived
 * ({@code evolving}), only claims earlier than the real version count.
 */
public record VersionClaimRule(RuleMeta meta, List<Feature> features) implements DataRule {

  /** One feature: its display name, how prose names it, and the version it arrived in. */
  public record Feature(String name, Regex pattern, PythonVersion added, boolean evolving,
      List<String> keywords) {
    public Feature {
      keywords = List.copyOf(keywords);
    }
  }

  private static final Pattern AFTER = Pattern.compile("(?i)^[\\s*_`'\"()\\]:,-]{0,6}"
      + "(?:(?:python|py)\\s*)?(?:(?:is\\s+)?(?:since|added in|new in|introduced in|"
      + "available (?:from|since|in)|starting (?:with|from|in)|requires|needs|>=)\\s*"
      + "(?:(?:python|py)\\s*)?)?(?P<v>[23]\\.\\d{1,2})(?:\\.\\d+)?(?P<plus>\\s*\\+|"
      + "\\s+(?:or|and)\\s+(?:later|newer|above|up))?");
  private static final Pattern BEFORE =
      Pattern.compile("(?i)\\(?(?:python\\s*)?(?P<v>[23]\\.\\d{1,2})\\+\\)?[\\s*_`]{0,4}$");

  @Override
  public void check(DocContext doc, Sink sink) {
    for (Unit unit : doc.units(meta.scopes())) {
      String v = unit.statementView();
      if (!hasVersion(v)) {
        continue;
      }
      Set<Integer> reported = new HashSet<>();
      for (Feature f : features) {
        if (!f.keywords().isEmpty() && f.keywords().stream().noneMatch(unit.lower()::contains)) {
          continue;
        }
        Matcher m = f.pattern().matcher(v);
        while (m.find()) {
          PythonVersion stated = null;
          int end = Math.min(v.length(), m.end() + 60);
          Matcher a = AFTER.matcher(v.substring(m.end(), end));
          boolean claim = false;
          if (a.find()) {
            String words = a.group().toLowerCase(java.util.Locale.ROOT);
            claim = a.group("plus") != null && !a.group("plus").isBlank()
                || words.matches("(?s).*(since|added|new in|introduced|available|starting|"
                    + "requires|needs|>=).*");
            stated = PythonVersion.parse(a.group("v"));
          }
          if (!claim) {
            Matcher b = BEFORE.matcher(v.substring(Math.max(0, m.start() - 16), m.start()));
            if (b.find()) {
              stated = PythonVersion.parse(b.group("v"));
              claim = true;
            }
          }
          if (!claim || stated.equals(f.added())
              || f.evolving() && stated.compareTo(f.added()) > 0) {
            continue;
          }
          int sentence = Sentences.start(v, m.start());
          if (!reported.add(sentence)) {
            continue;
          }
          String message = Template.fill(meta.message(), Map.of("feature", f.name(),
              "added", f.added().toString(), "stated", stated.toString()));
          sink.report(meta, unit, m.start(), m.end(), message, null);
        }
      }
    }
  }

  private static boolean hasVersion(String v) {
    for (int i = 1; i + 1 < v.length(); i++) {
      if (v.charAt(i) == '.' && (v.charAt(i - 1) == '3' || v.charAt(i - 1) == '2')
          && Character.isDigit(v.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
