package org.notelint.lint.checks;

import java.util.List;
import java.util.Locale;
import org.notelint.lint.Unit;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;

/**
 * A code unit prepared for syntax checks: commented-out lines blanked again (the code view
 * reads them as code for the API rules, but they are not part of the program), and blocks
 * that show a syntax error on purpose (their text or context names SyntaxError, or a
 * "Bad:"/"Wrong:" lead paragraph) left out.
 */
record PythonCode(String view, List<PyToken> tokens) {
  /** Words saying code is wrong on purpose, found in lower-case text. */
  private static final List<String> ON_PURPOSE = List.of("syntaxerror", "indentationerror",
      "syntax error", "invalid syntax", "not valid python", "won't work", "doesn't work",
      "does not work", "pseudocode", "pseudo-code");

  /** True when {@code text} says the code is wrong on purpose (see {@link #ON_PURPOSE}). */
  private static boolean onPurpose(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : ON_PURPOSE) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The prepared code of {@code u}, or {@code null} when it must not be checked. */
  static PythonCode of(Unit u) {
    return u.memo("python-code", () -> {
      if (u.counterExample()) {
        return null;
      }
      String text = u.text().value();
      if (onPurpose(text) || onPurpose(u.context())) {
        return null;
      }
      char[] v = u.view().toCharArray();
      int i = 0;
      while (i <= text.length()) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        int s = i;
        while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
          s++;
        }
        if (s < end && text.charAt(s) == '#') {
          for (int k = i; k < end; k++) {
            v[k] = ' ';
          }
        }
        i = end + 1;
      }
      String view = new String(v);
      return new PythonCode(view, PyTokenizer.tokenize(view));
    });
  }

  /**
   * Calls {@code body} with each code unit of {@code doc} in {@code scopes} that is to be
   * checked: not shown as an error on purpose, and, when {@code declaredOnly}, in a block
   * the note says is Python (a label, {@code >>>} prompts, a notebook cell).
   */
  static void each(org.notelint.lint.DocContext doc, java.util.Set<org.notelint.lint.Scope> scopes,
      boolean declaredOnly, java.util.function.BiConsumer<Unit, PythonCode> body) {
    java.util.Set<org.notelint.model.CodeBlock> onPurpose = errorShown(doc);
    for (Unit u : doc.units(scopes)) {
      org.notelint.model.CodeBlock b = u.block();
      if (b != null && onPurpose.contains(b) || declaredOnly && (b == null || !b.isPython()
          && b.role() != org.notelint.model.CodeRole.DOCTEST && !b.notebookCell())) {
        continue;
      }
      PythonCode code = of(u);
      if (code != null) {
        body.accept(u, code);
      }
    }
  }

  /**
   * Code blocks whose output (the notebook outputs or output blocks right after them) shows a
   * SyntaxError or IndentationError: the error is the point of the example.
   */
  static java.util.Set<org.notelint.model.CodeBlock> errorShown(org.notelint.lint.DocContext doc) {
    return doc.memo("python-error-shown", () -> findErrorShown(doc));
  }

  private static java.util.Set<org.notelint.model.CodeBlock> findErrorShown(
      org.notelint.lint.DocContext doc) {
    java.util.Set<org.notelint.model.CodeBlock> out =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    org.notelint.model.CodeBlock source = null;
    for (org.notelint.model.CodeBlock c : Tree.codeBlocks(doc.doc().root())) {
      if (c.role() != org.notelint.model.CodeRole.OUTPUT) {
        source = c;
      } else if (source != null && onPurpose(c.code().value())) {
        out.add(source);
      }
    }
    return out;
  }

  /** The indentation (columns of spaces, a tab counting as 8) of the line holding offset. */
  int indentAt(int offset) {
    int s = view.lastIndexOf('\n', offset - 1) + 1;
    int n = 0;
    while (s < view.length() && (view.charAt(s) == ' ' || view.charAt(s) == '\t')) {
      n += view.charAt(s) == '\t' ? 8 - n % 8 : 1;
      s++;
    }
    return n;
  }
}
