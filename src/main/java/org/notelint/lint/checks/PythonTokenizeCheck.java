package org.notelint.lint.checks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.Unit;
import org.notelint.lint.kinds.Template;
import org.notelint.lint.python.PyToken;

/**
 * {@code python-tokenize-error}: Python code that cannot even be tokenized: a string left
 * unterminated, or brackets that do not balance. One finding per block (the first problem;
 * what follows it is noise). Only blocks labelled Python, interactive sessions and notebook
 * cells are read. Interactive sessions are read without their prompts and
 * output, shell commands are not Python, and IPython magics are skipped.
 */
public final class PythonTokenizeCheck implements Check {
  @Override
  public String name() {
    return "python-tokenize-error";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    // Only code the note says is Python: in blocks merely detected as Python, a lone
    // bracket is far more often output or pseudo-code.
    PythonCode.each(doc, rule.scopes(), true, (u, code) -> checkBlock(rule, u, code, sink));
  }

  private static void checkBlock(RuleMeta rule, Unit u, PythonCode code, Sink sink) {
    String v = code.view();
    Deque<PyToken> open = new ArrayDeque<>();
    for (PyToken t : code.tokens()) {
      if (t.type() == PyToken.Type.ERROR && t.contentStart() > t.start()
          && "'\"".indexOf(v.charAt(t.contentStart() - 1)) >= 0) {
        sink.report(rule, u, t.start(), Math.min(t.end(), lineEnd(v, t.start())),
            Template.fill(rule.message(), Map.of("problem", "unterminated string")), null);
        return;
      }
      if (t.type() != PyToken.Type.OP || t.end() - t.start() != 1) {
        continue;
      }
      char c = v.charAt(t.start());
      if (c == '(' || c == '[' || c == '{') {
        open.push(t);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty()) {
          sink.report(rule, u, t.start(), t.end(), Template.fill(rule.message(),
              Map.of("problem", "'" + c + "' closes nothing")), null);
          return;
        }
        char o = v.charAt(open.pop().start());
        if (o != match(c)) {
          sink.report(rule, u, t.start(), t.end(), Template.fill(rule.message(),
              Map.of("problem", "'" + c + "' does not match '" + o + "'")), null);
          return;
        }
      }
    }
    if (!open.isEmpty()) {
      PyToken t = open.peekLast();
      sink.report(rule, u, t.start(), t.end(), Template.fill(rule.message(),
          Map.of("problem", "'" + v.charAt(t.start()) + "' is never closed")), null);
    }
  }

  private static char match(char close) {
    return close == ')' ? '(' : close == ']' ? '[' : '{';
  }

  private static int lineEnd(String v, int from) {
    int e = v.indexOf('\n', from);
    return e < 0 ? v.length() : e;
  }
}
