package org.notelint.lint.checks;

import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.model.CodeBlock;
import org.notelint.model.SourceSpan;

/** {@code notebook-interrupted}: a cell output that ends in KeyboardInterrupt. */
public final class NotebookInterruptedCheck implements Check {
  @Override
  public String name() {
    return "notebook-interrupted";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (!NotebookCells.isNotebook(doc)) {
      return;
    }
    for (CodeBlock out : NotebookCells.outputs(doc)) {
      SourceSpan at = NotebookCells.interrupt(out);
      if (at != null) {
        sink.report(rule, at, rule.message(), null);
      }
    }
  }
}
