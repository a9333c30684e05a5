package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.notelint.model.Text;

/** Operations that derive one {@link Text} from another while keeping source positions. */
final class Texts {
  private Texts() {}

  /** Removes up to {@code n} leading spaces (a tab counts as reaching the next stop) per line. */
  static Text dedent(Text t, int n) {
    if (n <= 0) {
      return t;
    }
    int[] cuts = new int[t.lineCount()];
    for (int i = 0; i < cuts.length; i++) {
      String line = t.line(i);
      int cut = 0;
      int width = 0;
      while (cut < line.length() && width < n) {
        char c = line.charAt(cut);
        if (c == ' ') {
          width++;
        } else if (c == '\t') {
          width = (width / 4 + 1) * 4;
        } else {
          break;
        }
        cut++;
      }
      cuts[i] = cut;
    }
    return stripPrefixes(t, cuts);
  }

  /** Removes a prefix of {@code cut} characters from each line (e.g. {@code >>> } prompts). */
  static Text stripPrefixes(Text t, int[] cuts) {
    int count = t.lineCount();
    List<String> lines = new ArrayList<>(count);
    int[] srcLines = new int[count];
    int[] srcCols = new int[count];
    for (int i = 0; i < count; i++) {
      String line = t.line(i);
      int cut = Math.min(cuts[i], line.length());
      lines.add(line.substring(cut));
      srcLines[i] = t.sourceLine(i);
      srcCols[i] = t.sourceColumn(i) + cut;
    }
    return Text.mapped(lines, srcLines, srcCols, t.cell());
  }

  /** The text without trailing blank lines and trailing line end. */
  static Text trimTrailingBlankLines(Text t) {
    String v = t.value();
    int end = v.length();
    while (end > 0) {
      int lineStart = v.lastIndexOf('\n', end - 1) + 1;
      if (v.substring(lineStart, end).isBlank() && lineStart > 0) {
        end = lineStart - 1;
      } else {
        break;
      }
    }
    return end == v.length() ? t : t.slice(0, end);
  }

  /** Width of the leading whitespace of {@code line} (tabs to multiples of 4). */
  static int indentOf(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width = (width / 4 + 1) * 4;
      } else {
        return width;
      }
    }
    return width;
  }
}
