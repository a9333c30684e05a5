package org.notelint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of one text are not in another, by longest common subsequence of their words
 * (whitespace kept with the word before it), for showing two copies side by side with their
 * differences marked.
 */
final class WordDiff {
  /**
   * Beyond this many words a side, the longest common subsequence (a table of both sizes
   * multiplied) is not computed: the words absent from the other side are marked instead.
   */
  static final int MAX_WORDS = 800;

  private WordDiff() {}

  /** A piece of text and whether it differs from the other side. */
  record Piece(String text, boolean changed) {}

  /** {@code text} cut into pieces, those not shared with {@code other} marked. */
  static List<Piece> mark(String text, String other) {
    List<String> a = words(text);
    List<String> b = words(other);
    List<Piece> out = new ArrayList<>();
    String[] ka = keys(a);
    String[] kb = keys(b);
    if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
      java.util.Set<String> there = new java.util.HashSet<>(java.util.Arrays.asList(kb));
      for (int i = 0; i < a.size(); i++) {
        add(out, a.get(i), !there.contains(ka[i]));
      }
      return out;
    }
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n) {
      if (j < m && ka[i].equals(kb[j])) {
        add(out, a.get(i), false);
        i++;
        j++;
      } else if (j < m && lcs[i][j + 1] >= lcs[i + 1][j]) {
        j++;
      } else {
        add(out, a.get(i), true);
        i++;
      }
    }
    return out;
  }

  /** Each word without its trailing whitespace: what is compared. */
  private static String[] keys(List<String> words) {
    String[] k = new String[words.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = words.get(i).strip();
    }
    return k;
  }

  private static void add(List<Piece> out, String word, boolean changed) {
    if (!out.isEmpty() && out.get(out.size() - 1).changed() == changed) {
      out.set(out.size() - 1, new Piece(out.get(out.size() - 1).text() + word, changed));
    } else {
      out.add(new Piece(word, changed));
    }
  }

  /** Words, each with the whitespace after it; leading whitespace is a word of its own. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      out.add(s.substring(start, i));
    }
    return out;
  }
}
