package org.notelint.util;

import java.util.ArrayList;
import java.util.List;

/** Line numbers folded into runs: {@code 3, 7–9, 12}. */
public final class LineRanges {
  private LineRanges() {}

  /**
   * The runs of consecutive numbers in {@code lines} (ascending), each a number or
   * {@code first + dash + last}, in order.
   */
  public static List<String> fold(Iterable<Integer> lines, String dash) {
    List<String> out = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int l : lines) {
      if (prev != null && l == prev + 1) {
        prev = l;
        continue;
      }
      if (start != null) {
        out.add(start.equals(prev) ? "" + start : start + dash + prev);
      }
      start = l;
      prev = l;
    }
    if (start != null) {
      out.add(start.equals(prev) ? "" + start : start + dash + prev);
    }
    return out;
  }
}
