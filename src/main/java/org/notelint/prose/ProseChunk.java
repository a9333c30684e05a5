package org.notelint.prose;

import java.util.List;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/**
 * One passage LanguageTool checks on its own: a paragraph, list item, heading or table cell,
 * a run of code comments, or a string literal that reads as prose. It is a range of a
 * {@link Text} cut into parts; the parts' source strings joined are exactly that range, so a
 * position in the passage maps back to the source line and column.
 */
public record ProseChunk(Text text, int from, Kind kind, List<Part> parts) {

  /** What the passage is; fragments, comments and strings skip sentence-shape rules. */
  public enum Kind {
    /** A paragraph or definition: full sentences are expected. */
    PARAGRAPH,
    /** A list item, heading or table cell: often a fragment without a capital or a stop. */
    FRAGMENT,
    /** One or more consecutive code comments. */
    COMMENT,
    /** A string literal or docstring. */
    STRING;

    /** True for the kinds that are often not full sentences. */
    public boolean fragmentary() {
      return this != PARAGRAPH;
    }
  }

  /**
   * A piece of the passage: prose LanguageTool reads as written, or markup (code, URLs,
   * markup signs, comment prefixes) it reads as {@code readAs} (often empty, or a
   * placeholder word so that the sentence around inline code stays whole).
   */
  public record Part(String source, boolean markup, String readAs) {
    public static Part text(String s) {
      return new Part(s, false, s);
    }

    public static Part markup(String s, String readAs) {
      return new Part(s, true, readAs);
    }
  }

  public ProseChunk {
    parts = List.copyOf(parts);
  }

  /** The passage's length in source characters. */
  public int length() {
    int n = 0;
    for (Part p : parts) {
      n += p.source().length();
    }
    return n;
  }

  /** What LanguageTool reads: prose as written, markup as its stand-in. */
  public String plain() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      sb.append(p.readAs());
    }
    return sb.toString();
  }

  /** The source span of {@code [start, end)} of the passage. */
  public SourceSpan span(int start, int end) {
    return text.span(from + start, from + end);
  }

  /** The source text of {@code [start, end)} of the passage. */
  public String source(int start, int end) {
    return text.value().substring(from + start, from + end);
  }
}
