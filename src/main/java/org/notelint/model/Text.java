package org.notelint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of note text with the exact source position of every character and the
 * {@link Mark}s that say which ranges are code, URLs or markup.
 *
 * <p>Each line of {@link #value()} maps to one source line and the source column of its
 * first character; within a line, positions advance one column per UTF-16 unit. This holds
 * for slices of a file, for indented blocks with their indentation stripped and for
 * notebook cells (whose lines are JSON strings on their own lines).
 */
public final class Text {
  private final String value;
  private final int[] lineStarts;
  private final int[] srcLines;
  private final int[] srcColumns;
  private final int cell;
  private final List<Mark> marks;
  /**
   * Per line, null or the source column of each character and of the line's end: for lines
   * whose characters do not stand one column each (JSON strings with escapes).
   */
  private final int[][] columnMaps;

  private Text(String value, int[] lineStarts, int[] srcLines, int[] srcColumns, int cell,
      List<Mark> marks) {
    this(value, lineStarts, srcLines, srcColumns, cell, marks, null);
  }

  private Text(String value, int[] lineStarts, int[] srcLines, int[] srcColumns, int cell,
      List<Mark> marks, int[][] columnMaps) {
    this.value = value;
    this.lineStarts = lineStarts;
    this.srcLines = srcLines;
    this.srcColumns = srcColumns;
    this.cell = cell;
    this.marks = List.copyOf(marks);
    this.columnMaps = columnMaps;
  }

  /** Text whose line {@code i} (0-based) sits at source line {@code firstLine + i}, column 1. */
  public static Text ofLines(String value, int firstLine, int cell) {
    int[] starts = lineStartsOf(value);
    int[] lines = new int[starts.length];
    int[] cols = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      lines[i] = firstLine + i;
      cols[i] = 1;
    }
    return new Text(value, starts, lines, cols, cell, List.of());
  }

  /** Text built line by line, each with its own source line and column. */
  public static Text mapped(List<String> lines, int[] srcLines, int[] srcColumns, int cell) {
    if (lines.size() != srcLines.length || lines.size() != srcColumns.length) {
      throw new IllegalArgumentException("line map size mismatch");
    }
    String value = String.join("\n", lines);
    return new Text(value, lineStartsOf(value), srcLines.clone(), srcColumns.clone(), cell,
        List.of());
  }

  /**
   * As {@link #mapped(List, int[], int[], int)}, where {@code columnMaps[i]}, when not null,
   * gives the source column of each character of line {@code i} and of its end (length + 1
   * entries): for lines whose characters do not stand one column each.
   */
  public static Text mapped(List<String> lines, int[] srcLines, int[] srcColumns,
      int[][] columnMaps, int cell) {
    if (columnMaps.length != lines.size()) {
      throw new IllegalArgumentException("line map size mismatch");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (columnMaps[i] != null && columnMaps[i].length != lines.get(i).length() + 1) {
        throw new IllegalArgumentException("column map of line " + i + " has the wrong size");
      }
    }
    Text t = mapped(lines, srcLines, srcColumns, cell);
    return new Text(t.value, t.lineStarts, t.srcLines, t.srcColumns, cell, List.of(),
        columnMaps.clone());
  }

  /** An empty text at a position. */
  public static Text empty(int line, int column, int cell) {
    return new Text("", new int[] {0}, new int[] {line}, new int[] {column}, cell, List.of());
  }

  /** The offsets where the lines of {@code value} start (split at '\n'). */
  public static int[] lineStartsOf(String value) {
    int count = 1;
    for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
      count++;
    }
    int[] starts = new int[count];
    int k = 1;
    for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
      starts[k++] = at + 1;
    }
    return starts;
  }

  public String value() {
    return value;
  }

  public List<Mark> marks() {
    return marks;
  }

  public int cell() {
    return cell;
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  public int length() {
    return value.length();
  }

  /** Number of lines in the text (at least 1). */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The source line of text line {@code i} (0-based). */
  public int sourceLine(int i) {
    return srcLines[i];
  }

  /** The source column of the first character of text line {@code i} (0-based). */
  public int sourceColumn(int i) {
    return srcColumns[i];
  }

  /** The offset in {@link #value()} where text line {@code i} (0-based) starts. */
  public int lineStart(int i) {
    return lineStarts[i];
  }

  /** The offset just past text line {@code i} (before its line end). */
  public int lineEnd(int i) {
    return i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : value.length();
  }

  /** Text line {@code i} (0-based) without its line end. */
  public String line(int i) {
    int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : value.length();
    return value.substring(lineStarts[i], end);
  }

  /** The text line index holding {@code offset}. */
  public int lineOf(int offset) {
    if (offset < 0 || offset > value.length()) {
      throw new IndexOutOfBoundsException(offset);
    }
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The source position of the character at {@code offset} (or just past the end). */
  public Position position(int offset) {
    int i = lineOf(offset);
    int k = offset - lineStarts[i];
    if (columnMaps != null && columnMaps[i] != null) {
      int[] m = columnMaps[i];
      return new Position(srcLines[i], m[Math.min(k, m.length - 1)]);
    }
    return new Position(srcLines[i], srcColumns[i] + k);
  }

  /**
   * The offset of the character at a source position (or of a line's end), the inverse of
   * {@link #position}; -1 when this text does not hold that position.
   */
  public int offsetOf(int line, int column) {
    for (int i = 0; i < lineStarts.length; i++) {
      if (srcLines[i] != line) {
        continue;
      }
      int[] m = columnMaps == null ? null : columnMaps[i];
      if (m != null) {
        for (int k = 0; k < m.length; k++) {
          if (m[k] == column) {
            return lineStarts[i] + k;
          }
        }
        continue;
      }
      int k = column - srcColumns[i];
      if (k >= 0 && lineStarts[i] + k <= lineEnd(i)) {
        return lineStarts[i] + k;
      }
    }
    return -1;
  }

  /** The source span of {@code [start, end)}. */
  public SourceSpan span(int start, int end) {
    Position a = position(start);
    Position b = position(Math.max(start, end));
    return new SourceSpan(a.line(), a.column(), b.line(), b.column(), cell);
  }

  /** The source span of the whole text. */
  public SourceSpan span() {
    return span(0, value.length());
  }

  private static final Comparator<Mark> MARK_ORDER =
      Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end);

  /** This text with extra marks (offsets relative to this text). */
  public Text withMarks(List<Mark> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Mark> all = new ArrayList<>(marks);
    all.addAll(more);
    all.sort(MARK_ORDER);
    return new Text(value, lineStarts, srcLines, srcColumns, cell, all, columnMaps);
  }

  /** The sub-text {@code [start, end)} with its positions and the marks inside it. */
  public Text slice(int start, int end) {
    if (start < 0 || end > value.length() || end < start) {
      throw new IndexOutOfBoundsException(start + ".." + end);
    }
    int first = lineOf(start);
    int last = lineOf(end);
    String sub = value.substring(start, end);
    // The slice's line breaks are this text's breaks inside it: lines first..last.
    int n = last - first + 1;
    int[] starts = new int[n];
    for (int k = 1; k < n; k++) {
      starts[k] = lineStarts[first + k] - start;
    }
    int[] lines = new int[n];
    int[] cols = new int[n];
    int[][] maps = columnMaps == null ? null : new int[n][];
    for (int k = 0; k < n; k++) {
      int src = first + k;
      lines[k] = srcLines[src];
      cols[k] = k == 0 ? srcColumns[first] + start - lineStarts[first] : srcColumns[src];
      if (maps != null && columnMaps[src] != null) {
        int from = k == 0 ? start - lineStarts[first] : 0;
        int len = (k + 1 < n ? starts[k + 1] - 1 : sub.length()) - starts[k];
        int[] m = columnMaps[src];
        maps[k] = new int[len + 1];
        for (int j = 0; j <= len; j++) {
          maps[k][j] = m[Math.min(from + j, m.length - 1)];
        }
        cols[k] = maps[k][0];
      }
    }
    List<Mark> inside = new ArrayList<>();
    for (Mark m : marks) {
      int s = Math.max(m.start(), start);
      int e = Math.min(m.end(), end);
      if (s < e) {
        inside.add(new Mark(s - start, e - start, m.kind()));
      }
    }
    return new Text(sub, starts, lines, cols, cell, inside, maps);
  }

  /**
   * The text with every marked character replaced by a space (newlines kept), so prose
   * checks see no code or URLs and every offset still points at the same source column.
   */
  public String masked() {
    if (marks.isEmpty()) {
      return value;
    }
    char[] chars = value.toCharArray();
    for (Mark m : marks) {
      for (int i = m.start(); i < m.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  @Override
  public String toString() {
    return value;
  }
}
