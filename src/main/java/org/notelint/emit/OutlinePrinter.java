package org.notelint.emit;

import java.util.List;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.Definition;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.Raw;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.model.Table;
import org.notelint.model.Text;

/**
 * Prints how a note was read: format, the evidence for it, and the outline of sections and
 * blocks with their line ranges. Used by {@code notelint inspect} and by golden tests.
 */
public final class OutlinePrinter {
  private static final int PREVIEW = 60;

  private OutlinePrinter() {}

  /** The whole report for one document, ending with a newline. */
  public static String print(NoteDocument doc) {
    StringBuilder sb = new StringBuilder();
    sb.append("file: ").append(doc.path()).append('\n');
    sb.append("format: ").append(doc.format().label()).append('\n');
    for (String e : doc.evidence()) {
      sb.append("  because: ").append(e).append('\n');
    }
    sb.append("size: ").append(doc.bytes()).append(" bytes, ").append(doc.lineCount())
        .append(" lines, line ends ").append(doc.lineEnding()).append('\n');
    sb.append("outline:\n");
    section(sb, doc.root(), 1);
    return sb.toString();
  }

  private static void section(StringBuilder sb, Section s, int depth) {
    if (!s.isRoot()) {
      indent(sb, depth).append("section h").append(s.level()).append(' ')
          .append(quote(s.plainTitle())).append(' ').append(s.span().lineRange());
      if (!s.anchors().isEmpty()) {
        sb.append(" anchors=").append(String.join(",", s.anchors()));
      }
      sb.append('\n');
    }
    int inner = s.isRoot() ? depth : depth + 1;
    for (Block b : s.blocks()) {
      block(sb, b, inner);
    }
    for (Section c : s.children()) {
      section(sb, c, inner);
    }
  }

  private static void block(StringBuilder sb, Block b, int depth) {
    indent(sb, depth).append(b.kind()).append(' ').append(range(b.span()));
    if (b instanceof Paragraph p) {
      sb.append(' ').append(preview(p.text()));
    } else if (b instanceof ListItem li) {
      sb.append(" [").append(li.marker()).append("] ").append(preview(li.text()));
    } else if (b instanceof Definition d) {
      sb.append(" term=").append(preview(d.term()));
    } else if (b instanceof CodeBlock c) {
      sb.append(' ').append(c.role().label());
      if (!c.language().isEmpty()) {
        sb.append(" lang=").append(c.language());
      }
      if (c.notebookCell()) {
        sb.append(" cell=").append(c.executionCount() == null ? "unrun" : c.executionCount());
      }
      sb.append(' ').append(preview(c.code()));
    } else if (b instanceof Table t) {
      sb.append(" rows=").append(t.rows().size());
    } else if (b instanceof Raw r) {
      sb.append(' ').append(preview(r.text()));
    } else if (b instanceof LinkDefinition l) {
      sb.append(" label=").append(quote(l.label()))
          .append(l.url().isEmpty() ? "" : " url=" + l.url());
    }
    sb.append('\n');
    List<Block> kids = b.children();
    for (Block k : kids) {
      block(sb, k, depth + 1);
    }
  }

  private static String range(SourceSpan span) {
    return span.cell() >= 0 ? span.lineRange() + "@cell" + span.cell() : span.lineRange();
  }

  private static String preview(Text t) {
    String first = t.value().strip();
    int nl = first.indexOf('\n');
    boolean more = nl >= 0;
    if (more) {
      first = first.substring(0, nl).strip();
    }
    if (first.length() > PREVIEW) {
      first = first.substring(0, PREVIEW);
      more = true;
    }
    return quote(first + (more ? "…" : ""));
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + '"';
  }

  private static StringBuilder indent(StringBuilder sb, int depth) {
    return sb.append("  ".repeat(depth));
  }
}
