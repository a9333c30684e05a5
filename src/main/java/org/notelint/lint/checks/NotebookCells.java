package org.notelint.lint.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.DocContext;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Format;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/** Notebook cells of a document (notebook exports and .ipynb), and what their outputs hold. */
final class NotebookCells {
  private static final Pattern TRACEBACK = Pattern.compile(
      "(?m)^.*Traceback \\(most recent call last\\).*$"
          + "|^(?:[A-Za-z_][\\w.]*\\.)?[A-Z]\\w*(?:Error|Exception)(?::.*)?$");
  private static final Pattern INTERRUPT = Pattern.compile("(?m)^\\s*KeyboardInterrupt\\b.*$");

  private NotebookCells() {}

  static boolean isNotebook(DocContext doc) {
    Format f = doc.doc().format();
    return f == Format.NOTEBOOK_EXPORT || f == Format.IPYNB;
  }

  /** The code cells (not outputs), in order. */
  static List<CodeBlock> codeCells(DocContext doc) {
    List<CodeBlock> out = new ArrayList<>();
    for (CodeBlock c : Tree.codeBlocks(doc.doc().root())) {
      if (c.notebookCell() && c.role() != CodeRole.OUTPUT) {
        out.add(c);
      }
    }
    return out;
  }

  /** The outputs of cells, in order. */
  static List<CodeBlock> outputs(DocContext doc) {
    List<CodeBlock> out = new ArrayList<>();
    for (CodeBlock c : Tree.codeBlocks(doc.doc().root())) {
      if (c.notebookCell() && c.role() == CodeRole.OUTPUT) {
        out.add(c);
      }
    }
    return out;
  }

  /** The span of the KeyboardInterrupt line of an output, or {@code null}. */
  static SourceSpan interrupt(CodeBlock output) {
    return find(INTERRUPT, output.code());
  }

  /** The span of the first traceback line of an output, or {@code null}. */
  static SourceSpan traceback(CodeBlock output) {
    return find(TRACEBACK, output.code());
  }

  private static SourceSpan find(Pattern p, Text t) {
    Matcher m = p.matcher(t.value());
    if (!m.find()) {
      return null;
    }
    int s = m.start();
    while (s < m.end() && Character.isWhitespace(t.value().charAt(s))) {
      s++;
    }
    return t.span(s, m.end());
  }

  /** The first line of a cell, for findings about the whole cell. */
  static SourceSpan head(CodeBlock c) {
    SourceSpan s = c.span();
    return new SourceSpan(s.startLine(), s.startColumn(), s.startLine(),
        s.startLine() == s.endLine() ? s.endColumn() : s.startColumn(), s.cell());
  }
}
