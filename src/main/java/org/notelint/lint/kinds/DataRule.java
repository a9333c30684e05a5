package org.notelint.lint.kinds;

import java.util.EnumSet;
import java.util.List;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleSettings;
import org.notelint.lint.Scope;
import org.notelint.lint.Unit;
import org.notelint.model.Category;

/**
 * The closed set of rule kinds a pack can declare: {@code pattern} (a regular expression
 * over a scope's view), {@code claim} (a statement in prose judged in its sentence and
 * context), {@code name} (a Python 2 built-in used in code), {@code api} (the table of
 * removed, deprecated and non-existent APIs), {@code version-claim} (a feature said to
 * arrive in the wrong version) and {@code check} (a Java {@link org.notelint.lint.Check}).
 */
public sealed interface DataRule extends Rule
    permits PatternRule, ClaimRule, NameRule, ApiRule, VersionClaimRule, CheckRule {

  /** An inline suppression comment. */
  java.util.regex.Pattern NOTELINT_COMMENT = java.util.regex.Pattern.compile("#\\s*notelint:[^\n]*");

  /** Categories whose rules ignore code explicitly labelled as Python 2. */
  EnumSet<Category> VERSIONED = EnumSet.of(Category.PYTHON2, Category.REMOVED_API,
      Category.DEPRECATED_API);

  /**
   * True when a rule of {@code category} should not look at {@code unit}: Python 2 code for
   * version rules, code shown as a counter-example for every factual rule.
   */
  static boolean skips(Category category, Unit unit) {
    return unit.python2() && VERSIONED.contains(category)
        || unit.counterExample() && category.isFactual();
  }

  /** True when the whole rule is off for the target version (Python 2 rules on 2.7). */
  static boolean off(Category category, RuleSettings settings) {
    return category == Category.PYTHON2 && settings.target().major() < 3;
  }

  /**
   * The units a text rule reads in {@code doc}: none when the rule is off for the target
   * version, else those of its scopes that are not skipped and hold one of its keywords.
   */
  static java.util.List<Unit> candidates(org.notelint.lint.RuleMeta meta, List<String> keywords,
      org.notelint.lint.DocContext doc) {
    if (off(meta.category(), doc.settings())) {
      return List.of();
    }
    return doc.units(meta.scopes()).stream()
        .filter(u -> !skips(meta.category(), u) && doc.keywords().any(u, keywords)).toList();
  }

  /**
   * The text a match is judged in: its sentence for prose-like units, its physical lines
   * (comments included) for code.
   */
  static String around(Unit unit, int start, int end) {
    Scope s = unit.scope();
    if (s.isSentential() || s == Scope.INLINE_CODE || s == Scope.LINK) {
      String v = unit.statementView();
      String sentence = v.substring(Sentences.start(v, start), Sentences.end(v, end));
      return s == Scope.COMMENT ? sentence + "\n" + unit.lineAt(start) : sentence;
    }
    var t = unit.text();
    int first = t.lineOf(start);
    int last = t.lineOf(Math.max(start, end - 1));
    String lines = t.value().substring(t.lineStart(first), t.lineEnd(last));
    // A suppression comment names rule ids (PY2-006); it must not read as context.
    return lines.indexOf("notelint") < 0 ? lines : NOTELINT_COMMENT.matcher(lines).replaceAll("");
  }

  /** True when no {@code unless} matches and every {@code requires} matches (or the context). */
  static boolean judged(List<Regex> unless, List<Regex> requires, String around, Unit unit) {
    for (Regex r : unless) {
      if (r.find(around)) {
        return false;
      }
    }
    for (Regex r : requires) {
      if (!r.find(around) && !r.find(unit.context())) {
        return false;
      }
    }
    return true;
  }
}
