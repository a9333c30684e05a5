package org.notelint.lint.checks;

import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.model.CodeBlock;
import org.notelint.model.SourceSpan;

/**
 * {@code notebook-traceback}: a cell output holding a traceback (other than a
 * KeyboardInterrupt, which {@code notebook-interrupted} reports).
 */
public final class NotebookTracebackCheck implements Check {
  @Override
  public String name() {
    return "notebook-traceback";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (!NotebookCells.isNotebook(doc)) {
      return;
    }
    for (CodeBlock out : NotebookCells.outputs(doc)) {
      if (NotebookCells.interrupt(out) != null) {
        continue;
      }
      SourceSpan at = NotebookCells.traceback(out);
      if (at != null) {
        sink.report(rule, at, rule.message(), null);
      }
    }
  }
}
