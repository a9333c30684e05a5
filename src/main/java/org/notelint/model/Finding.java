package org.notelint.model;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found in a note: which rule, how serious, where (file relative to the input
 * root and span), the message, an optional safe fix and related locations (other members
 * of a duplicate cluster).
 */
public record Finding(String ruleId, Severity severity, Category category, String message,
    String file, SourceSpan span, Fix fix, List<Location> related) {

  /** A place in another (or the same) file. */
  public record Location(String file, SourceSpan span, String message) {}

  public Finding {
    related = List.copyOf(related);
  }

  /** A finding with no fix and no related locations. */
  public static Finding of(RuleInfo rule, String message, String file, SourceSpan span) {
    return new Finding(rule.id(), rule.severity(), rule.category(), message, file, span, null,
        List.of());
  }

  /** The report order: file, position, rule id, message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
      .thenComparing(Finding::span)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);
}
