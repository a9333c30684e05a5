package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.notelint.model.Mark;

/**
 * Per-character mark kinds for one piece of text, turned into {@link Mark} ranges: readers
 * paint the kinds (later paints win), then {@link #toMarks} collapses runs.
 */
final class MarkRuns {
  static final byte PROSE = 0;
  static final byte CODE = 1;
  static final byte URL = 2;
  static final byte MARKUP = 3;
  static final byte HTML = 4;
  private static final Mark.Kind[] KINDS =
      {null, Mark.Kind.CODE, Mark.Kind.URL, Mark.Kind.MARKUP, Mark.Kind.HTML};

  private MarkRuns() {}

  /** Paints {@code [from, to)}, given in coordinates where {@code kind[0]} is at {@code base}. */
  static void fill(byte[] kind, int base, int from, int to, byte k) {
    int a = Math.max(0, from - base);
    int b = Math.min(kind.length, to - base);
    if (a < b) {
      java.util.Arrays.fill(kind, a, b, k);
    }
  }

  /** The maximal runs of non-prose kinds, as marks relative to {@code kind[0]}. */
  static List<Mark> toMarks(byte[] kind) {
    List<Mark> marks = new ArrayList<>();
    int i = 0;
    while (i < kind.length) {
      int j = i;
      while (j < kind.length && kind[j] == kind[i]) {
        j++;
      }
      if (kind[i] != PROSE) {
        marks.add(new Mark(i, j, KINDS[kind[i]]));
      }
      i = j;
    }
    return marks;
  }
}
