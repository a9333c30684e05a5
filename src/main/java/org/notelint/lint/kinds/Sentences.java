package org.notelint.lint.kinds;

/**
 * Finds the sentence around an offset: sentences end at {@code .!?} followed by white space
 * and a capital or digit, at blank lines, and at the ends of the text.
 */
public final class Sentences {
  private Sentences() {}

  /** The start of the sentence holding {@code at}. */
  public static int start(String s, int at) {
    for (int i = Math.min(at, s.length()) - 1; i > 0; i--) {
      char c = s.charAt(i);
      if (c == '\n' && isBlankLineBefore(s, i)) {
        return i + 1;
      }
      if (Character.isWhitespace(c) && isEnd(s.charAt(i - 1)) && i + 1 < s.length()
          && startsSentence(s, i + 1) && i + 1 <= at) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The end (exclusive) of the sentence holding {@code at}. */
  public static int end(String s, int at) {
    for (int i = Math.max(at, 0); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && isBlankLineBefore(s, i)) {
        return i;
      }
      if (isEnd(c) && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))
          && i + 2 < s.length() && startsSentence(s, i + 2)) {
        return i + 1;
      }
    }
    return s.length();
  }

  private static boolean isEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean startsSentence(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
      i++;
    }
    return i < s.length() && (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i)));
  }

  /** True when the line ending at {@code nl} is blank (the text has a blank line here). */
  private static boolean isBlankLineBefore(String s, int nl) {
    for (int i = nl - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }
}
