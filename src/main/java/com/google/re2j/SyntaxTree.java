package com.google.re2j;

import java.util.ArrayList;
import java.util.List;

/**
 * A read-only view of how RE2/J itself parses an expression: its syntax tree, which
 * RE2/J keeps package-private. notelint reads it to work out, exactly as RE2/J will match,
 * whether a match can span a line break and which literal text every match contains
 * ({@code org.notelint.lint.kinds.Prefilter}). This class lives in RE2/J's package for
 * that access only; it changes nothing in RE2/J, and the pinned RE2/J version is the one
 * it was written against.
 */
public final class SyntaxTree {
  private SyntaxTree() {}

  /** The flag on a literal or class node that says it matches case-insensitively. */
  public static final int FOLD_CASE = RE2.FOLD_CASE;

  /**
   * One node: {@code op} is RE2/J's operator name (LITERAL, CHAR_CLASS, CONCAT, ...),
   * {@code runes} the code points of a literal or the [lo, hi] pairs of a class,
   * {@code min}/{@code max} a repeat's bounds.
   */
  public record Node(String op, int flags, int[] runes, int min, int max, List<Node> subs) {}

  /** The tree RE2/J builds for {@code pattern} (with its flags), before simplification. */
  public static Node of(Pattern pattern) {
    int flags = pattern.flags();
    String expr = pattern.pattern();
    // The same steps as Pattern.compile(String, int): flags become inline groups.
    if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
      expr = "(?i)" + expr;
    }
    if ((flags & Pattern.DOTALL) != 0) {
      expr = "(?s)" + expr;
    }
    if ((flags & Pattern.MULTILINE) != 0) {
      expr = "(?m)" + expr;
    }
    int re2Flags = RE2.PERL;
    if ((flags & Pattern.DISABLE_UNICODE_GROUPS) != 0) {
      re2Flags &= ~RE2.UNICODE_GROUPS;
    }
    return node(Parser.parse(expr, re2Flags));
  }

  private static Node node(Regexp re) {
    List<Node> subs = new ArrayList<>();
    if (re.subs != null) {
      for (Regexp s : re.subs) {
        subs.add(node(s));
      }
    }
    return new Node(re.op.name(), re.flags, re.runes == null ? new int[0] : re.runes.clone(),
        re.min, re.max, List.copyOf(subs));
  }
}
