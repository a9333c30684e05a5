package org.notelint.dedupe;

import java.util.List;

/**
 * A group of units that repeat one another, in report order (file, then position).
 *
 * @param id stable across runs: derived from the kind and the first member's normalised form
 * @param kind verbatim (identical after normalisation), near (prose), code, or link
 * @param members the units, first member first, each with how alike it is to the first
 */
public record Cluster(String id, Kind kind, List<Member> members) {

  public Cluster {
    members = List.copyOf(members);
  }

  /**
   * One unit of a cluster and how alike it is to the cluster's first member: the Jaccard
   * similarity of their shingles, and the share of the shorter one's shingles found in the
   * longer one (both 0..1, and 1 for the same normalised form).
   */
  public record Member(ContentUnit unit, double similarity, double contained) {}

  public enum Kind {
    VERBATIM, NEAR, CODE, LINK;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ContentUnit first() {
    return members.get(0).unit();
  }
}
