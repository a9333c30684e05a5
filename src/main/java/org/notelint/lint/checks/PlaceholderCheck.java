package org.notelint.lint.checks;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.kinds.Template;

/**
 * {@code placeholder}: {@code TODO}, {@code TBD}, {@code FIXME} or {@code XXX} in prose, and a
 * lone {@code ...} standing where a word should be ("In Python, ... is good for I/O"). Only
 * prose, list items and headings are read, so {@code ...} in code ({@code Ellipsis},
 * {@code def f(): ...}) and TODO comments in code are left alone. An ellipsis counts as a
 * placeholder when a verb follows it or an article or a verb that needs an object precedes
 * it; a trailing or list-continuing ellipsis ({@code 1, 2, 3, ...}) does not.
 */
public final class PlaceholderCheck implements Check {
  private static final Pattern MARKER = Pattern.compile(
      "(?<![\\w-])(TODO|TBD|FIXME|XXX)(?![\\w-])(?!\\s+(?:comments?|markers?|tags?|lists?|items?)\\b)");
  private static final Pattern ELLIPSIS = Pattern.compile("(?<=^|[\\s(\"'])(\\.\\.\\.|…)(?=\\s)");
  private static final Pattern WORD_AFTER = Pattern.compile("\\G\\s+([A-Za-z]+)");
  private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z]+),?\\s*$");
  private static final Set<String> VERBS_AFTER = Set.of("is", "are", "was", "were", "can",
      "will", "should", "must", "does", "has", "have", "means", "returns", "works", "allows",
      "lets", "gives", "makes");
  private static final Set<String> WORDS_BEFORE = Set.of("the", "a", "an", "use", "using",
      "called", "named", "see", "via", "of");

  @Override
  public String name() {
    return "placeholder";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    for (Unit u : doc.units(rule.scopes())) {
      String v = u.view();
      Matcher m = MARKER.matcher(v);
      boolean marked = hasMarker(v);
      while (marked && m.find()) {
        sink.report(rule, u, m.start(1), m.end(1),
            Template.fill(rule.message(), Map.of("text", m.group(1))), null);
      }
      if (v.indexOf("...") < 0 && v.indexOf('…') < 0) {
        continue;
      }
      // Judged on the statement view, where inline code still reads as words, so that
      // ":keyword:`try` ... :keyword:`except`" is not an ellipsis between blanks.
      String st = u.statementView();
      Matcher e = ELLIPSIS.matcher(st);
      while (e.find()) {
        if (v.startsWith(e.group(1), e.start(1)) && standsForAWord(st, e.start(1), e.end(1))) {
          sink.report(rule, u, e.start(1), e.end(1),
              Template.fill(rule.message(), Map.of("text", e.group(1))), null);
        }
      }
    }
  }

  /** True when {@code v} holds a marker word at all (cheaper than the look-around search). */
  private static boolean hasMarker(String v) {
    return v.contains("TODO") || v.contains("TBD") || v.contains("FIXME") || v.contains("XXX");
  }

  private static boolean standsForAWord(String v, int start, int end) {
    Matcher after = WORD_AFTER.matcher(v);
    if (after.find(end) && after.start() == end
        && VERBS_AFTER.contains(after.group(1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    int lineStart = v.lastIndexOf('\n', start - 1) + 1;
    Matcher before = WORD_BEFORE.matcher(v.substring(lineStart, start));
    return before.find() && WORDS_BEFORE.contains(before.group(1).toLowerCase(Locale.ROOT))
        && after.find(end) && after.start() == end;
  }
}
