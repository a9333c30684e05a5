package org.notelint.lint.checks;

import java.util.Map;
import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.lint.kinds.Template;
import org.notelint.model.CodeBlock;

/**
 * {@code unexecuted-cells}: a notebook where some code cells ran and others never did
 * ({@code In [ ]:}, {@code In [None]:}, {@code "execution_count": null}). One finding per
 * file, at the first such cell, saying how many. A notebook saved with every output cleared
 * is left alone: that is a deliberate clean save, not a leftover.
 */
public final class UnexecutedCellsCheck implements Check {
  @Override
  public String name() {
    return "unexecuted-cells";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (!NotebookCells.isNotebook(doc)) {
      return;
    }
    int ran = 0;
    int never = 0;
    CodeBlock first = null;
    for (CodeBlock c : NotebookCells.codeCells(doc)) {
      if (c.executionCount() != null) {
        ran++;
      } else if (!c.code().isBlank()) {
        never++;
        first = first == null ? c : first;
      }
    }
    if (ran > 0 && never > 0) {
      String cells = never == 1 ? "1 code cell" : never + " code cells";
      sink.report(rule, NotebookCells.head(first), Template.fill(rule.message(),
          Map.of("cells", cells, "ran", Integer.toString(ran))), null);
    }
  }
}
