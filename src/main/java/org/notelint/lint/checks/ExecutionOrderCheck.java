package org.notelint.lint.checks;

import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.CodeBlock;

/**
 * {@code execution-order}: execution counts that do not increase down the notebook, so
 * cells ran out of order and the saved outputs may not match a fresh top-to-bottom run.
 * Gaps are normal (re-run cells) and not reported. One finding per file, at the first cell
 * that ran before one above it.
 */
public final class ExecutionOrderCheck implements Check {
  @Override
  public String name() {
    return "execution-order";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (!NotebookCells.isNotebook(doc)) {
      return;
    }
    Integer max = null;
    CodeBlock first = null;
    Integer firstAfter = null;
    int out = 0;
    for (CodeBlock c : NotebookCells.codeCells(doc)) {
      Integer n = c.executionCount();
      if (n == null) {
        continue;
      }
      if (max != null && n <= max) {
        out++;
        if (first == null) {
          first = c;
          firstAfter = max;
        }
      }
      max = max == null ? n : Math.max(max, n);
    }
    if (first != null) {
      String more = out == 1 ? "" : " (and " + (out - 1) + " more cell"
          + (out == 2 ? "" : "s") + " out of order)";
      sink.report(rule, NotebookCells.head(first), Template.fill(rule.message(), Map.of(
          "count", first.executionCount().toString(), "previous", firstAfter.toString(),
          "more", more)), null);
    }
  }
}
