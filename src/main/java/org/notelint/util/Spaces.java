package org.notelint.util;

/**
 * Whitespace runs collapsed without a regular expression: {@code collapse(s)} equals
 * {@code s.replaceAll("\\s+", " ")} (java.util.regex's {@code \s}: space, tab, line feed,
 * vertical tab, form feed, carriage return), and returns {@code s} itself when there is
 * nothing to change. Hot in the dedupe stage, where every unit's text is normalised.
 */
public final class Spaces {
  private Spaces() {}

  /** {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    int n = s.length();
    int i = 0;
    // Fast path: find the first place that changes (a run of two, or a non-space blank).
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
        break;
      }
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        sb.append(' ');
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** java.util.regex's {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
