package org.notelint.lint.kinds;

import com.google.re2j.Pattern;
import com.google.re2j.SyntaxTree;
import com.google.re2j.SyntaxTree.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a regular expression's syntax tree says about its matches, worked out once when a
 * rule file is loaded, so that the linear-time but slow RE2/J search runs only where a
 * match can be (the idea of RE2's prefilter and of ripgrep's literal extraction):
 * <ul>
 *   <li>{@code clauses}: literal text every match contains, as a conjunction of
 *       alternatives ("print", or "=" and "(" and ")"); compared in ASCII lower case;
 *   <li>{@code lineLocal}: no match can hold a line break and the expression has no
 *       start- or end-of-text anchor, so a match lies within one line, and searching a run
 *       of whole lines finds exactly the matches the whole text has there ({@code ^},
 *       {@code $} and {@code \b} see the same thing at a line's ends).
 * </ul>
 * Both are read from RE2/J's own parse ({@link SyntaxTree}), never guessed from the
 * source text. When nothing can be said, the expression runs over the whole text, as
 * before.
 */
public final class Prefilter {
  /** At most this many strings in an exact set or an alternative. */
  private static final int MAX_SET = 16;
  /** At most this many clauses are checked (the most selective ones). */
  private static final int MAX_CLAUSES = 4;

  private final List<List<String>> clauses;
  private final boolean lineLocal;

  private Prefilter(List<List<String>> clauses, boolean lineLocal) {
    this.clauses = clauses;
    this.lineLocal = lineLocal;
  }

  /** The prefilter of {@code pattern}. */
  public static Prefilter of(Pattern pattern) {
    Node root = SyntaxTree.of(pattern);
    Info info = info(root);
    List<List<String>> clauses = new ArrayList<>();
    if (info.exact != null) {
      if (!info.exact.contains("")) {
        clauses.add(List.copyOf(minimal(info.exact)));
      }
    } else {
      for (TreeSet<String> c : info.clauses) {
        clauses.add(List.copyOf(minimal(c)));
      }
    }
    clauses = new ArrayList<>(new java.util.LinkedHashSet<>(clauses));
    clauses.sort(Comparator.comparingInt(Prefilter::score).reversed()
        .thenComparing(Object::toString));
    // Single characters ("(", a blank) are on most lines; when a longer text is required,
    // they would cost a search each and rule out almost nothing.
    if (!clauses.isEmpty() && minLength(clauses.get(0)) >= 2) {
      clauses.removeIf(c -> minLength(c) < 2);
    }
    if (clauses.size() > MAX_CLAUSES) {
      clauses = new ArrayList<>(clauses.subList(0, MAX_CLAUSES));
    }
    return new Prefilter(List.copyOf(clauses), !spansLines(root));
  }

  /** Literal text every match contains: each inner list holds alternatives, all lists hold. */
  public List<List<String>> clauses() {
    return clauses;
  }

  /** True when every match lies within one line and whole-line windows are exact. */
  public boolean lineLocal() {
    return lineLocal;
  }

  /**
   * The {@code [start, end)} ranges of {@code text} a search must cover to find every match:
   * the whole text when nothing is known; none when the text lacks a clause; else, for a
   * line-local expression, the runs of whole lines (without their line break) that hold
   * every clause. {@code lower} is {@link #asciiLower} of the text; {@code lineStarts} its
   * line starts ({@link #lineStarts}).
   */
  public List<int[]> windows(String text, String lower, int[] lineStarts) {
    return windows(new Text(text, lower, lineStarts, new HashMap<>()));
  }

  /** {@link #windows(String, String, int[])} of {@code t}. */
  public List<int[]> windows(Text t) {
    String lower = t.lower();
    int[] lineStarts = t.lineStarts();
    int n = t.value().length();
    if (clauses.isEmpty()) {
      return List.of(new int[] {0, n});
    }
    if (!lineLocal) {
      for (List<String> clause : clauses) {
        if (!containsAny(t, clause)) {
          return List.of();
        }
      }
      return List.of(new int[] {0, n});
    }
    BitSet lines = null;
    for (List<String> clause : clauses) {
      BitSet b = new BitSet(lineStarts.length);
      for (String s : clause) {
        int i = t.indexOf(s);
        while (i >= 0) {
          int line = lineOf(lineStarts, i);
          b.set(line);
          int next = line + 1 < lineStarts.length ? lineStarts[line + 1] : n;
          i = next >= n ? -1 : lower.indexOf(s, next);
        }
      }
      if (lines == null) {
        lines = b;
      } else {
        lines.and(b);
      }
      if (lines.isEmpty()) {
        return List.of();
      }
    }
    List<int[]> windows = new ArrayList<>();
    for (int a = lines.nextSetBit(0); a >= 0; ) {
      int b = lines.nextClearBit(a); // lines a .. b-1
      int start = lineStarts[a];
      int end = b < lineStarts.length ? lineStarts[b] - 1 : n; // the line break stays out
      windows.add(new int[] {start, end});
      a = lines.nextSetBit(b);
    }
    return windows;
  }

  /**
   * A text with what {@link #windows} reads of it, made once and shared by every rule of a
   * unit (one thread at a time): its lower case, line starts and, as rules ask, where each
   * literal first occurs, so a literal several expressions need ("print") is searched once.
   */
  public record Text(String value, String lower, int[] lineStarts, Map<String, Integer> firstAt) {
    public static Text of(String value) {
      return new Text(value, asciiLower(value), Prefilter.lineStarts(value), new HashMap<>());
    }

    /** {@code lower.indexOf(s)}, remembered. */
    int indexOf(String s) {
      Integer i = firstAt.get(s);
      if (i == null) {
        i = lower.indexOf(s);
        firstAt.put(s, i);
      }
      return i;
    }
  }

  /** {@code s} with A-Z lowered and every other char kept, so offsets stay true. */
  public static String asciiLower(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] c = s.toCharArray();
    for (; i < n; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }

  /** The offsets where the lines of {@code s} start (split at '\n' only, as RE2/J's ^ is). */
  public static int[] lineStarts(String s) {
    return org.notelint.model.Text.lineStartsOf(s);
  }

  private static int lineOf(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private static boolean containsAny(Text t, List<String> clause) {
    for (String s : clause) {
      if (t.indexOf(s) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Longer strings first: a clause is as selective as its shortest alternative. */
  private static int score(List<String> clause) {
    return minLength(clause) * 100 - clause.size();
  }

  private static int minLength(List<String> clause) {
    int min = Integer.MAX_VALUE;
    for (String s : clause) {
      min = Math.min(min, s.length());
    }
    return min;
  }

  /** Drops strings that contain another member (that member's presence is enough). */
  private static TreeSet<String> minimal(TreeSet<String> set) {
    TreeSet<String> out = new TreeSet<>();
    for (String s : set) {
      boolean covered = false;
      for (String t : set) {
        if (!t.equals(s) && s.contains(t)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * What is known of a node's matches: {@code exact}, the set of all its matches in ASCII
   * lower case, when small; else {@code clauses}, texts every match contains (empty:
   * nothing known), and {@code prefix}/{@code suffix}, texts every match starts or ends
   * with (null: unknown), so that a neighbour's text can be joined on ("\\d+[lL]": a digit
   * then "l").
   */
  private record Info(TreeSet<String> exact, List<TreeSet<String>> clauses,
      TreeSet<String> prefix, TreeSet<String> suffix) {
    static final Info ANY = new Info(null, List.of(), null, null);

    static Info exact(TreeSet<String> set) {
      return set.size() <= MAX_SET ? new Info(set, null, null, null) : ANY;
    }

    static Info of(List<TreeSet<String>> clauses, TreeSet<String> prefix,
        TreeSet<String> suffix) {
      return new Info(null, clauses, known(prefix), known(suffix));
    }

    /** Texts every match starts with, or null. */
    TreeSet<String> pre() {
      return exact != null ? known(exact) : prefix;
    }

    /** Texts every match ends with, or null. */
    TreeSet<String> suf() {
      return exact != null ? known(exact) : suffix;
    }

    /** The clauses this node contributes, an exact set taken as one clause. */
    List<TreeSet<String>> asClauses() {
      if (exact == null) {
        return clauses;
      }
      return known(exact) == null ? List.of() : List.of(exact);
    }
  }

  /** {@code set}, or null when it says nothing (empty, too big, or holding ""). */
  private static TreeSet<String> known(TreeSet<String> set) {
    return set == null || set.isEmpty() || set.size() > MAX_SET || set.contains("") ? null : set;
  }

  private static Info info(Node node) {
    switch (node.op()) {
      case "EMPTY_MATCH", "BEGIN_LINE", "END_LINE", "BEGIN_TEXT", "END_TEXT",
          "WORD_BOUNDARY", "NO_WORD_BOUNDARY" -> {
        return Info.exact(set(""));
      }
      case "LITERAL" -> {
        StringBuilder sb = new StringBuilder();
        boolean fold = (node.flags() & SyntaxTree.FOLD_CASE) != 0;
        for (int r : node.runes()) {
          if (r >= 128 || fold && "kKsS".indexOf(r) >= 0) {
            // Outside ASCII, or folding to a non-ASCII letter (K to the Kelvin sign,
            // s to the long s): ASCII lower case cannot stand for it.
            return Info.ANY;
          }
          sb.append(Character.toLowerCase((char) r));
        }
        return Info.exact(set(sb.toString()));
      }
      case "CHAR_CLASS" -> {
        TreeSet<String> chars = new TreeSet<>();
        int[] r = node.runes();
        for (int i = 0; i + 1 < r.length; i += 2) {
          if (r[i + 1] >= 128 || r[i + 1] - r[i] > MAX_SET) {
            return Info.ANY;
          }
          for (int c = r[i]; c <= r[i + 1]; c++) {
            chars.add(String.valueOf(Character.toLowerCase((char) c)));
          }
        }
        return chars.isEmpty() ? Info.ANY : Info.exact(chars);
      }
      case "CAPTURE" -> {
        return info(node.subs().get(0));
      }
      case "PLUS" -> {
        return repeated(info(node.subs().get(0)));
      }
      case "REPEAT" -> {
        if (node.min() < 1) {
          return Info.ANY;
        }
        Info sub = info(node.subs().get(0));
        return node.min() == 1 && node.max() == 1 ? sub : repeated(sub);
      }
      case "CONCAT" -> {
        return concat(node.subs().stream().map(Prefilter::info).toList());
      }
      case "ALTERNATE" -> {
        return alternate(node.subs().stream().map(Prefilter::info).toList());
      }
      default -> {
        // STAR, QUEST, ANY_CHAR, ANY_CHAR_NOT_NL, NO_MATCH: nothing every match holds.
        return Info.ANY;
      }
    }
  }

  /** One or more matches of {@code sub} in a row. */
  private static Info repeated(Info sub) {
    return Info.of(sub.asClauses(), sub.pre(), sub.suf());
  }

  private static Info concat(List<Info> infos) {
    TreeSet<String> run = set(""); // every match so far ends with one of these
    boolean exactSoFar = true;
    List<TreeSet<String>> clauses = new ArrayList<>();
    for (Info info : infos) {
      if (info.exact != null) {
        if ((long) run.size() * info.exact.size() <= MAX_SET) {
          run = cross(run, info.exact);
        } else {
          exactSoFar = false;
          clauses.addAll(Info.exact(run).asClauses());
          run = info.exact;
        }
        continue;
      }
      exactSoFar = false;
      TreeSet<String> pre = info.pre();
      if (pre != null && (long) run.size() * pre.size() <= MAX_SET) {
        clauses.addAll(Info.exact(cross(run, pre)).asClauses());
      } else {
        clauses.addAll(Info.exact(run).asClauses());
      }
      clauses.addAll(info.clauses);
      run = info.suf() != null ? info.suf() : set("");
    }
    if (exactSoFar) {
      return Info.exact(run);
    }
    clauses.addAll(Info.exact(run).asClauses());
    return Info.of(clauses, edge(infos, false), edge(infos, true));
  }

  /** Texts every match of a concatenation starts with ({@code end}: ends with), or null. */
  private static TreeSet<String> edge(List<Info> infos, boolean end) {
    TreeSet<String> acc = set("");
    for (int k = 0; k < infos.size(); k++) {
      Info info = infos.get(end ? infos.size() - 1 - k : k);
      TreeSet<String> part = info.exact != null ? info.exact : end ? info.suf() : info.pre();
      if (part == null || (long) acc.size() * part.size() > MAX_SET) {
        break;
      }
      acc = end ? cross(part, acc) : cross(acc, part);
      if (info.exact == null) {
        break;
      }
    }
    return acc;
  }

  private static Info alternate(List<Info> infos) {
    if (infos.stream().allMatch(i -> i.exact != null)) {
      TreeSet<String> union = new TreeSet<>();
      infos.forEach(i -> union.addAll(i.exact));
      if (union.size() <= MAX_SET) {
        return Info.exact(union);
      }
    }
    // Every match is one branch's match, so it holds one branch's best clause.
    TreeSet<String> union = new TreeSet<>();
    for (Info i : infos) {
      List<TreeSet<String>> cs = i.asClauses();
      if (cs.isEmpty()) {
        union = null;
        break;
      }
      union.addAll(cs.stream()
          .max(Comparator.comparingInt((TreeSet<String> c) -> score(List.copyOf(c))))
          .orElseThrow());
    }
    return Info.of(union == null ? List.of() : List.of(union), unionOf(infos, false),
        unionOf(infos, true));
  }

  /** The union of the branches' prefixes ({@code end}: suffixes), or null if one is unknown. */
  private static TreeSet<String> unionOf(List<Info> infos, boolean end) {
    TreeSet<String> out = new TreeSet<>();
    for (Info i : infos) {
      TreeSet<String> part = end ? i.suf() : i.pre();
      if (part == null) {
        return null;
      }
      out.addAll(part);
    }
    return out;
  }

  private static TreeSet<String> cross(TreeSet<String> a, TreeSet<String> b) {
    TreeSet<String> out = new TreeSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  private static TreeSet<String> set(String s) {
    TreeSet<String> t = new TreeSet<>();
    t.add(s);
    return t;
  }

  /** True when a match may hold a line break or the expression anchors to the text's ends. */
  private static boolean spansLines(Node node) {
    switch (node.op()) {
      case "BEGIN_TEXT", "END_TEXT", "ANY_CHAR" -> {
        return true;
      }
      case "LITERAL" -> {
        for (int r : node.runes()) {
          if (r == '\n') {
            return true;
          }
        }
        return false;
      }
      case "CHAR_CLASS" -> {
        int[] r = node.runes();
        for (int i = 0; i + 1 < r.length; i += 2) {
          if (r[i] <= '\n' && '\n' <= r[i + 1]) {
            return true;
          }
        }
        return false;
      }
      default -> {
        for (Node s : node.subs()) {
          if (spansLines(s)) {
            return true;
          }
        }
        return false;
      }
    }
  }
}
