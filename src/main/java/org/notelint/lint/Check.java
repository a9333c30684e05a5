package org.notelint.lint;

/**
 * A rule body written in Java, for checks data cannot express (keyword counts per version,
 * dataclass field order). A pack names it with {@code check: NAME}; implementations are
 * found with {@link java.util.ServiceLoader}, so adding one edits no central switch.
 */
public interface Check {
  /** The name packs use to refer to this check. */
  String name();

  /** Reports what {@code rule} finds in {@code doc}. */
  void check(RuleMeta rule, DocContext doc, Sink sink);
}
