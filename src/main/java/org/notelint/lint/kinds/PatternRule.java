package org.notelint.lint.kinds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notelint.lint.DocContext;
import org.notelint.lint.PythonVersion;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.VersionFacts;
import org.notelint.model.Fix;

/**
 * Kind {@code pattern}: reports every match of any of {@code patterns} in the scopes'
 * views (code masked in prose, strings and comments masked in code), judged by
 * {@code unless}/{@code requires} in the match's sentence or lines. With {@code eol}, a
 * match counts only when the version captured by that group is past end of life.
 */
public record PatternRule(RuleMeta meta, List<Regex> patterns, List<Regex> unless,
    List<Regex> requires, List<String> keywords, String eol, FixSpec fix) implements DataRule {

  @Override
  public void check(DocContext doc, Sink sink) {
    for (Unit unit : DataRule.candidates(meta, keywords, doc)) {
      java.util.List<int[]> reported = new java.util.ArrayList<>();
      Prefilter.Text view = unit.memo("prefilter.view", () -> Prefilter.Text.of(unit.view()));
      for (Regex regex : patterns) {
        Regex.Hits m = regex.hits(view);
        while (m.find()) {
          int s = m.start();
          int e = m.end();
          if (e <= s || overlaps(reported, s, e)) {
            continue;
          }
          String around = DataRule.around(unit, s, e);
          if (!DataRule.judged(unless, requires, around, unit)) {
            continue;
          }
          Map<String, String> vars = vars(m, unit.view().substring(s, e));
          if (eol != null && !eolVars(m.group(eol), doc.settings().facts(), vars)) {
            continue;
          }
          Fix f = fix == null ? null : fix.apply(m, unit.text().value(), s, e);
          sink.report(meta, unit, s, e, Template.fill(meta.message(), vars), f);
          reported.add(new int[] {s, e});
        }
      }
    }
  }

  /** True when {@code [s, e)} overlaps a span already reported (several patterns, one problem). */
  private static boolean overlaps(java.util.List<int[]> reported, int s, int e) {
    for (int[] r : reported) {
      if (s < r[1] && r[0] < e) {
        return true;
      }
    }
    return false;
  }

  static Map<String, String> vars(Regex.Hits m, String hit) {
    Map<String, String> vars = new HashMap<>();
    vars.put("hit", hit.strip());
    for (String g : m.regex().pattern().namedGroups().keySet()) {
      String v = m.group(g);
      vars.put(g, v == null ? "" : v.strip());
    }
    return vars;
  }

  /**
   * True when {@code version} is past end of life; adds {@code version}, {@code eol} (the
   * date) and {@code status} (ended / is scheduled to end) to {@code vars}.
   */
  static boolean eolVars(String version, VersionFacts facts, Map<String, String> vars) {
    if (version == null) {
      return false;
    }
    PythonVersion v;
    try {
      v = PythonVersion.parse(version.replace('_', '.'));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!facts.isEol(v)) {
      return false;
    }
    VersionFacts.Release r = facts.release(v);
    vars.put("version", v.toString());
    vars.put("eol", r == null ? "long ago" : "on " + r.eol());
    vars.put("ended", r != null && r.scheduled()
        ? "was scheduled to reach end of life " + vars.get("eol")
        : "reached end of life " + vars.get("eol"));
    return true;
  }
}
