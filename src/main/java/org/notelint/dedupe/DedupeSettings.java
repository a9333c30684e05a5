package org.notelint.dedupe;

/**
 * What dedupe compares and how close counts as a duplicate. The values come from the
 * duplicate rules' {@code settings} in {@code rules/duplicates.yaml}; a rule left out turns its
 * pass off.
 *
 * @param verbatim report prose units whose normalised words are identical
 * @param near report prose units that are near duplicates
 * @param code report code units that are duplicates after identifier normalisation
 * @param links report link entries that point at the same address
 * @param minWords prose units with fewer words are not compared on their own
 * @param proseShingle words per prose shingle
 * @param jaccard the least Jaccard similarity of two prose units' shingles for a near duplicate
 * @param containment the least share of the smaller unit's shingles found in the larger one
 * @param minCodeLines code units with fewer non-blank, non-comment lines are not compared
 * @param minCodeTokens code units with fewer normalised tokens are not compared
 * @param codeShingle tokens per code shingle
 * @param codeJaccard the least Jaccard similarity for duplicate code
 * @param codeContainment the least containment for duplicate code
 * @param minContainedTokens code units with fewer tokens are not looked for inside longer
 *     ones (small snippets sit inside many larger ones)
 */
public record DedupeSettings(boolean verbatim, boolean near, boolean code, boolean links,
    int minWords, int proseShingle, double jaccard, double containment, int minCodeLines,
    int minCodeTokens, int codeShingle, double codeJaccard, double codeContainment,
    int minContainedTokens) {

  /** The shipped defaults (the values in rules/duplicates.yaml). */
  public static final DedupeSettings DEFAULTS =
      new DedupeSettings(true, true, true, true, 8, 3, 0.5, 0.8, 2, 24, 5, 0.5, 0.8, 40);

  /** Nothing is compared. */
  public static final DedupeSettings OFF =
      new DedupeSettings(false, false, false, false, 8, 3, 0.5, 0.8, 2, 24, 5, 0.5, 0.8, 40);

  public boolean prose() {
    return verbatim || near;
  }

  public boolean any() {
    return verbatim || near || code || links;
  }
}
