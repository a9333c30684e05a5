package org.notelint.lint;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which of the rules' keywords a unit holds, found in one pass over its lower-case text
 * (each position tries only the keywords starting with its character) instead of one
 * search per rule and keyword. The answer is the same as {@code lower.contains(keyword)}.
 */
public final class KeywordIndex {
  private final Map<String, Integer> ids = new HashMap<>();
  private final String[] words;
  /** {@link #words} as character arrays. */
  private final char[][] chars;
  /** Keyword ids by first character, for characters below 128. */
  private final int[][] byFirst = new int[128][];
  /** Keywords starting with any other character (or empty), searched one by one. */
  private final int[] others;

  private KeywordIndex(Collection<String> keywords) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(keywords));
    words = sorted.toArray(new String[0]);
    chars = new char[words.length][];
    List<Integer> rest = new ArrayList<>();
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      chars[id] = w.toCharArray();
      ids.put(w, id);
      if (w.isEmpty() || w.charAt(0) >= 128) {
        rest.add(id);
        continue;
      }
      int[] old = byFirst[w.charAt(0)];
      int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = id;
      byFirst[w.charAt(0)] = grown;
    }
    others = rest.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The index of every keyword of {@code rules}. */
  public static KeywordIndex of(Collection<? extends Rule> rules) {
    List<String> all = new ArrayList<>();
    for (Rule r : rules) {
      all.addAll(r.keywords());
    }
    return new KeywordIndex(all);
  }

  /**
   * True when {@code unit}'s lower-case text ({@link Unit#lower}) holds one of
   * {@code keywords}, or none are given.
   */
  public boolean any(Unit unit, List<String> keywords) {
    if (keywords.isEmpty()) {
      return true;
    }
    BitSet present = unit.memo("keywords", () -> scan(unit.lower()));
    for (String k : keywords) {
      Integer id = ids.get(k);
      if (id == null ? unit.lower().contains(k) : present.get(id)) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the keywords {@code lower} contains. */
  BitSet scan(String lower) {
    BitSet present = new BitSet(words.length);
    char[] c = lower.toCharArray(); // array reads: no per-character checks of String.charAt
    int n = c.length;
    for (int i = 0; i < n; i++) {
      char c0 = c[i];
      int[] candidates = c0 < 128 ? byFirst[c0] : null;
      if (candidates == null) {
        continue;
      }
      char c1 = i + 1 < n ? c[i + 1] : 0;
      for (int id : candidates) {
        char[] w = chars[id];
        // the second character rules out most candidates before the whole comparison
        if ((w.length < 2 || w[1] == c1) && !present.get(id) && startsWith(c, i, w)) {
          present.set(id);
        }
      }
    }
    for (int id : others) {
      if (lower.contains(words[id])) {
        present.set(id);
      }
    }
    return present;
  }

  private static boolean startsWith(char[] c, int at, char[] w) {
    if (at + w.length > c.length) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      if (c[at + k] != w[k]) {
        return false;
      }
    }
    return true;
  }
}
