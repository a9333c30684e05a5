package org.notelint.lint.checks;

import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.model.CodeBlock;

/** {@code empty-code-cell}: a notebook code cell with no code. */
public final class EmptyCellCheck implements Check {
  @Override
  public String name() {
    return "empty-code-cell";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (!NotebookCells.isNotebook(doc)) {
      return;
    }
    for (CodeBlock c : NotebookCells.codeCells(doc)) {
      if (c.code().isBlank()) {
        sink.report(rule, NotebookCells.head(c), rule.message(), null);
      }
    }
  }
}
