package org.notelint.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.notelint.dedupe.Cluster;
import org.notelint.dedupe.ContentUnit;
import org.notelint.lint.Rule;
import org.notelint.lint.RuleSet;
import org.notelint.lint.kinds.DuplicateRule;
import org.notelint.lint.kinds.Template;
import org.notelint.model.Finding;

/**
 * Turns duplicate clusters into findings: one per member after the first, reported by the
 * duplicate rule for the cluster's kind, with every other member as a related location.
 */
public final class DuplicateFindings {
  /** The most related locations one finding lists (the cluster in the JSON report has all). */
  static final int MAX_RELATED = 10;

  private DuplicateFindings() {}

  /** The findings of {@code clusters}, by file; clusters whose rule is not loaded give none. */
  public static Map<String, List<Finding>> of(List<Cluster> clusters, RuleSet rules) {
    return of(clusters, rules, null);
  }

  /**
   * As {@link #of(List, RuleSet)} when only the notes {@code inScope} accepts are reported
   * (--changed-since): a first copy in scope whose cluster reaches a note out of scope is
   * reported too, as repeating the first such copy, so a changed note that repeats an
   * unchanged one is flagged whatever their order. {@code inScope} null: every note.
   */
  public static Map<String, List<Finding>> of(List<Cluster> clusters, RuleSet rules,
      java.util.function.Predicate<String> inScope) {
    Map<String, DuplicateRule> byMatch = new HashMap<>();
    for (Rule r : rules.rules()) {
      if (r instanceof DuplicateRule d) {
        byMatch.putIfAbsent(d.match(), d);
      }
    }
    Map<String, List<Finding>> out = new TreeMap<>();
    for (Cluster c : clusters) {
      DuplicateRule rule = byMatch.get(c.kind().label());
      if (rule == null) {
        continue;
      }
      ContentUnit first = c.first();
      List<Finding.Location> where = new ArrayList<>();
      for (int k = 0; k < c.members().size(); k++) {
        ContentUnit o = c.members().get(k).unit();
        where.add(new Finding.Location(o.file(), o.span(), (k == 0 ? "first copy" : "copy")
            + " (" + c.id() + ", " + percent(c.members().get(k).similarity())
            + " like the first)"));
      }
      for (int i = 1; i < c.members().size(); i++) {
        Cluster.Member m = c.members().get(i);
        // The first copy and the copies nearest in report order, at most MAX_RELATED: a
        // cluster of thousands must not give each finding thousands of locations.
        List<Finding.Location> related = new ArrayList<>();
        related.add(where.get(0));
        int from = Math.max(1, Math.min(i - (MAX_RELATED - 1) / 2, where.size() - MAX_RELATED));
        for (int k = from; k < where.size() && related.size() < MAX_RELATED; k++) {
          if (k != i) {
            related.add(where.get(k));
          }
        }
        add(out, rule, c, m.unit(), first, m, related);
      }
      if (inScope != null && inScope.test(first.file())) {
        for (int k = 1; k < c.members().size(); k++) {
          Cluster.Member m = c.members().get(k);
          if (inScope.test(m.unit().file())) {
            continue;
          }
          // Jaccard similarity and containment are symmetric: member k's figures hold for
          // the first copy seen from k.
          List<Finding.Location> related = new ArrayList<>();
          related.add(where.get(k));
          for (int j = 1; j < where.size() && related.size() < MAX_RELATED; j++) {
            if (j != k) {
              related.add(where.get(j));
            }
          }
          add(out, rule, c, first, m.unit(), m, related);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The finding on {@code on} that says it repeats {@code copyOf}, with {@code m}'s likeness
   * (the member of the pair that is not the cluster's first).
   */
  private static void add(Map<String, List<Finding>> out, DuplicateRule rule, Cluster c,
      ContentUnit on, ContentUnit copyOf, Cluster.Member m, List<Finding.Location> related) {
    Map<String, String> vars = Map.of(
        "first", where(copyOf, on.file()),
        "likeness", likeness(m),
        "cluster", c.id(),
        "copies", Integer.toString(c.members().size()));
    out.computeIfAbsent(on.file(), f -> new ArrayList<>()).add(new Finding(
        rule.meta().id(), rule.meta().severity(), rule.meta().category(),
        Template.fill(rule.meta().message(), vars), on.file(), on.span(), null, related));
  }

  /** {@code file:line}, or {@code line N} inside the same file. */
  private static String where(ContentUnit u, String from) {
    return (u.file().equals(from) ? "line " : u.file() + ":") + u.span().startLine();
  }

  /**
   * How alike a member is to the first: "72% alike", and when it was joined as (or around) a
   * passage the other holds, "48% alike; 100% of the shorter is in the longer".
   */
  static String likeness(Cluster.Member m) {
    String s = percent(m.similarity()) + " alike";
    return m.contained() - m.similarity() >= 0.1
        ? s + "; " + percent(m.contained()) + " of the shorter is in the longer" : s;
  }

  /** A similarity as a whole percentage, rounded down (so 99.6% never shows as 100%). */
  static String percent(double s) {
    return (int) Math.floor(s * 100 + 1e-9) + "%";
  }
}
