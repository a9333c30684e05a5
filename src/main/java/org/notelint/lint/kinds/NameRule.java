package org.notelint.lint.kinds;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Scope;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyToken.Type;
import org.notelint.model.Fix;

/**
 * Kind {@code name}: a built-in name used in code ({@code xrange}, {@code raw_input}),
 * found by token so strings, comments, attributes ({@code functools.reduce}) and keyword
 * arguments never match. A name the note imports, defines or assigns anywhere is the
 * note's own and is left alone. With {@code call}, only calls count.
 */
public record NameRule(RuleMeta meta, Set<String> names, boolean call,
    Map<String, String> rename, List<Regex> unless) implements DataRule {

  private static final Set<String> BINDERS = Set.of("def", "class", "import", "as", "from",
      "global", "nonlocal");

  @Override
  public void check(DocContext doc, Sink sink) {
    if (DataRule.off(meta.category(), doc.settings())) {
      return;
    }
    for (Unit unit : doc.units(meta.scopes())) {
      if (DataRule.skips(meta.category(), unit)) {
        continue;
      }
      String v = unit.view();
      List<PyToken> t = unit.tokens();
      for (int k = 0; k < t.size(); k++) {
        PyToken tok = t.get(k);
        if (tok.type() != Type.NAME || !names.contains(tok.text(v))) {
          continue;
        }
        String name = tok.text(v);
        if (k > 0 && (t.get(k - 1).isOp(v, ".")
            || t.get(k - 1).type() == Type.NAME && BINDERS.contains(t.get(k - 1).text(v)))) {
          continue;
        }
        boolean called = k + 1 < t.size() && t.get(k + 1).isOp(v, "(");
        boolean assigned = k + 1 < t.size() && (t.get(k + 1).isOp(v, "=")
            || t.get(k + 1).isOp(v, ":"));
        if (call && !called || assigned || unit.scope() == Scope.CODE && doc.bindings().binds(name)) {
          continue;
        }
        String around = DataRule.around(unit, tok.start(), tok.end());
        if (!DataRule.judged(unless, List.of(), around, unit)) {
          continue;
        }
        String to = rename.get(name);
        Fix fix = to == null ? null : new Fix("replace with " + to, to);
        String message = Template.fill(meta.message(), Map.of("name", name,
            "replacement", to == null ? "" : to));
        sink.report(meta, unit, tok.start(), tok.end(), message, fix);
      }
    }
  }
}
