package org.notelint.model;

/**
 * A region of an input file: 1-based lines and columns (UTF-16 code units), end column
 * exclusive as in SARIF, plus the notebook cell index ({@code -1} outside notebooks).
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn, int cell)
    implements Comparable<SourceSpan> {

  public SourceSpan {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span covering whole lines {@code from..to}, with no column detail. */
  public static SourceSpan lines(int from, int to) {
    return new SourceSpan(from, 1, to, 1, -1);
  }

  /** The smallest span holding both. */
  public SourceSpan union(SourceSpan other) {
    SourceSpan first = compareStart(other) <= 0 ? this : other;
    boolean thisEndsLater = endLine > other.endLine
        || (endLine == other.endLine && endColumn >= other.endColumn);
    SourceSpan last = thisEndsLater ? this : other;
    return new SourceSpan(first.startLine, first.startColumn, last.endLine, last.endColumn,
        cell == other.cell ? cell : -1);
  }

  /** True when {@code line} lies within this span. */
  public boolean containsLine(int line) {
    return line >= startLine && line <= endLine;
  }

  private int compareStart(SourceSpan o) {
    return startLine != o.startLine ? Integer.compare(startLine, o.startLine)
        : Integer.compare(startColumn, o.startColumn);
  }

  @Override
  public int compareTo(SourceSpan o) {
    int c = compareStart(o);
    if (c != 0) {
      return c;
    }
    c = endLine != o.endLine ? Integer.compare(endLine, o.endLine)
        : Integer.compare(endColumn, o.endColumn);
    return c != 0 ? c : Integer.compare(cell, o.cell);
  }

  /** {@code 12-14} or {@code 12} for one line. */
  public String lineRange() {
    return startLine == endLine ? Integer.toString(startLine) : startLine + "-" + endLine;
  }
}
