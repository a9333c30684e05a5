package org.notelint.dedupe;

import java.util.List;

/**
 * A group of units that repeat one another, in report order (file, then position).
 *
 * @param id stable across runs: derived from the kind and the first member's normalised form
 * @param kind verbatim (identical after normalisation), near (prose), code, or link
 * @param members the units, first member first, each with its similarity to the first
 */
public record Cluster(String id, Kind kind, List<Member> members) {

  public Cluster {
    members = List.copyOf(members);
  }

  /** One unit of a cluster and how similar it is to the cluster's first member (0..1). */
  public record Member(ContentUnit unit, double similarity) {}

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
