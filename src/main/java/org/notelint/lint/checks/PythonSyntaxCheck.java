package org.notelint.lint.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Fix;
import org.notelint.lint.python.PyToken;

/**
 * {@code python-syntax-error}: obvious syntax errors a reader would copy: {@code =} where a
 * comparison belongs ({@code assert n = 2}, {@code if x = 1:}, {@code while x = y:}), and a
 * compound statement header with an indented body but no colon ({@code def f()} then an
 * indented line). Only these high-confidence shapes are checked; this is not a parser.
 */
public final class PythonSyntaxCheck implements Check {
  private static final Set<String> COMPARE_STATEMENTS = Set.of("assert", "if", "elif", "while");
  private static final Set<String> HEADERS = Set.of("if", "elif", "else", "for", "while", "def",
      "class", "try", "except", "finally", "with");

  @Override
  public String name() {
    return "python-syntax-error";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    PythonCode.each(doc, rule.scopes(), false, (u, code) -> checkBlock(rule, u, code, sink));
  }

  private static void checkBlock(RuleMeta rule, Unit u, PythonCode code, Sink sink) {
    String v = code.view();
    List<PyToken> toks = code.tokens();
    int start = 0;
    for (int i = 0; i <= toks.size(); i++) {
      if (i < toks.size() && toks.get(i).type() != PyToken.Type.NEWLINE) {
        continue;
      }
      line(rule, u, code, toks.subList(start, i), i < toks.size() ? nextStart(toks, i) : null,
          sink);
      start = i + 1;
    }
  }

  private static PyToken nextStart(List<PyToken> toks, int newline) {
    for (int k = newline + 1; k < toks.size(); k++) {
      PyToken t = toks.get(k);
      if (t.type() != PyToken.Type.NEWLINE && t.type() != PyToken.Type.COMMENT) {
        return t;
      }
    }
    return null;
  }

  /** One logical line: {@code toks} without its NEWLINE; {@code next} starts the next one. */
  private static void line(RuleMeta rule, Unit u, PythonCode code, List<PyToken> toks,
      PyToken next, Sink sink) {
    String v = code.view();
    int first = 0;
    while (first < toks.size() && toks.get(first).type() == PyToken.Type.COMMENT) {
      first++;
    }
    if (first >= toks.size() || toks.get(first).type() != PyToken.Type.NAME) {
      return;
    }
    PyToken head = toks.get(first);
    String word = head.text(v);
    if (COMPARE_STATEMENTS.contains(word)) {
      int depth = 0;
      for (int k = first + 1; k < toks.size(); k++) {
        PyToken t = toks.get(k);
        if (t.type() == PyToken.Type.NAME && t.text(v).equals("lambda")) {
          break; // lambda x=1: ... has '=' and ':' of its own
        }
        if (t.type() != PyToken.Type.OP) {
          continue;
        }
        String op = t.text(v);
        depth += t.depthChange(v);
        if (depth == 0 && op.equals(":") && !word.equals("assert")) {
          break;
        } else if (depth == 0 && op.equals("=")) {
          sink.report(rule, u, t.start(), t.end(), Template.fill(rule.message(), Map.of(
              "problem", "'=' assigns; '" + word + "' needs the comparison '=='")),
              new Fix("compare with ==", "=="));
          return;
        }
      }
    }
    if (HEADERS.contains(word) && next != null && head.start() == lineStart(v, head.start())
        + indentChars(v, head.start())) {
      PyToken last = null;
      for (int k = toks.size() - 1; k >= first; k--) {
        if (toks.get(k).type() != PyToken.Type.COMMENT) {
          last = toks.get(k);
          break;
        }
      }
      boolean colon = last != null && last.isOp(v, ":");
      if (!colon && !hasTopLevelColon(v, toks, first) && code.indentAt(next.start()) > code.indentAt(head.start())
          && !(word.equals("else") && toks.size() - first > 1)) {
        sink.report(rule, u, last.start(), last.end(), Template.fill(rule.message(), Map.of(
            "problem", "'" + word + "' statement with an indented body has no ':'")),
            null);
      }
    }
  }

  private static boolean hasTopLevelColon(String v, List<PyToken> toks, int first) {
    int depth = 0;
    for (int k = first; k < toks.size(); k++) {
      PyToken t = toks.get(k);
      if (t.type() != PyToken.Type.OP) {
        continue;
      }
      depth += t.depthChange(v);
      if (depth == 0 && t.isOp(v, ":")) {
        return true;
      }
    }
    return false;
  }

  private static int lineStart(String v, int offset) {
    return v.lastIndexOf('\n', offset - 1) + 1;
  }

  private static int indentChars(String v, int offset) {
    int s = lineStart(v, offset);
    int n = 0;
    while (s + n < v.length() && (v.charAt(s + n) == ' ' || v.charAt(s + n) == '\t')) {
      n++;
    }
    return n;
  }
}
