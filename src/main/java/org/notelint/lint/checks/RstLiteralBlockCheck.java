package org.notelint.lint.checks;

import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;
import org.notelint.model.Format;
import org.notelint.model.ListItem;
import org.notelint.model.Paragraph;
import org.notelint.model.Text;

/**
 * {@code rst-missing-literal-block}: a reStructuredText paragraph ending in {@code ::}
 * announces a literal block, but the next non-blank line is not indented more than the
 * paragraph (nor a quoted literal block), or the file ends. Docutils then warns "Literal
 * block expected; none found" and the code the note meant to show is read as prose.
 */
public final class RstLiteralBlockCheck implements Check {
  @Override
  public String name() {
    return "rst-missing-literal-block";
  }

  @Override
  public void check(RuleMeta rule, DocContext doc, Sink sink) {
    if (doc.doc().format() != Format.RST) {
      return;
    }
    String[] lines = doc.doc().source().split("\n", -1);
    Tree.blocks(doc.doc().root(), b -> {
      Text t = b instanceof Paragraph p ? p.text() : b instanceof ListItem li ? li.text() : null;
      if (t == null) {
        return;
      }
      String v = t.value().stripTrailing();
      if (!v.endsWith("::") || v.endsWith(":::") || t.isBlank()) {
        return;
      }
      int indent = t.sourceColumn(0) - 1;
      int last = t.sourceLine(t.lineCount() - 1);
      int next = last; // 0-based index of the line after the paragraph
      while (next < lines.length && lines[next].isBlank()) {
        next++;
      }
      boolean ok = false;
      if (next < lines.length) {
        String line = lines[next];
        int ind = 0;
        while (ind < line.length() && (line.charAt(ind) == ' ' || line.charAt(ind) == '\t')) {
          ind++;
        }
        char c = line.charAt(ind);
        // Docutils also takes unindented lines that start with punctuation (">>> ") as a
        // quoted literal block.
        ok = ind > indent || ind == indent && !Character.isLetterOrDigit(c);
      }
      if (!ok) {
        int end = v.length();
        sink.report(rule, t.span(end - 2, end), rule.message(), null);
      }
    });
  }
}
