package org.notelint.lint.kinds;

import java.util.List;
import java.util.Map;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.model.Fix;

/**
 * Kind {@code claim}: a statement in prose, list items, headings or comments, matched in
 * the text with inline code kept (claims name code: "end of `*.pyc`") and judged in its
 * sentence: {@code unless} words there (past tense, "Python 2", "not") clear it,
 * {@code requires} words must be in the sentence or in the enclosing headings and list
 * items. At most one finding per sentence, unless the rule has a fix: then every match is
 * reported, since each is a place to fix ("circle(p) - circle('ABC')").
 */
public record ClaimRule(RuleMeta meta, List<Regex> patterns, List<Regex> unless,
    List<Regex> requires, List<String> keywords, String eol, FixSpec fix) implements DataRule {

  @Override
  public void check(DocContext doc, Sink sink) {
    for (Unit unit : DataRule.candidates(meta, keywords, doc)) {
      String v = unit.statementView();
      java.util.Set<Integer> reported = new java.util.HashSet<>();
      Prefilter.Text text = unit.memo("prefilter.statement", () -> Prefilter.Text.of(v));
      for (Regex regex : patterns) {
        Regex.Hits m = regex.hits(text);
        while (m.find()) {
          int s = m.start();
          int e = m.end();
          if (e <= s || reported.contains(Sentences.start(v, s))) {
            continue;
          }
          String around = DataRule.around(unit, s, e);
          if (!DataRule.judged(unless, requires, around, unit)) {
            continue;
          }
          Map<String, String> vars = PatternRule.vars(m, v.substring(s, e));
          if (eol != null && !PatternRule.eolVars(m.group(eol), doc.settings().facts(), vars)) {
            continue;
          }
          Fix f = fix == null ? null : fix.apply(m, unit.text().value(), s, e);
          sink.report(meta, unit, s, e, Template.fill(meta.message(), vars), f);
          if (f == null) {
            reported.add(Sentences.start(v, s));
          }
        }
      }
    }
  }
}
