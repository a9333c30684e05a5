package org.notelint.lint;

/**
 * A lint rule: its metadata and a check over one document. Rules are data (YAML packs under
 * {@code rules/}, one of a closed set of kinds) or Java {@link Check}s named by a pack.
 */
public interface Rule {
  /** What the rule declares about itself. */
  RuleMeta meta();

  /** Reports what the rule finds in {@code doc}. */
  void check(DocContext doc, Sink sink);

  /**
   * Lower-case words a unit must hold for the rule to look at it (none: every unit); the
   * linter finds them all in one pass per unit ({@link KeywordIndex}).
   */
  default java.util.List<String> keywords() {
    return java.util.List.of();
  }
}
