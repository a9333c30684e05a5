package org.notelint.lint;

import java.util.ArrayList;
import java.util.List;
import org.notelint.model.Finding;
import org.notelint.model.Fix;
import org.notelint.model.SourceSpan;

/** Collects one document's findings as rules report them. */
public final class Sink {
  private final String file;
  private final List<Finding> findings = new ArrayList<>();

  public Sink(String file) {
    this.file = file;
  }

  /** Reports {@code [start, end)} of {@code unit}'s view. */
  public void report(RuleMeta rule, Unit unit, int start, int end, String message, Fix fix) {
    report(rule, unit.span(start, end), message, fix);
  }

  /** Reports a span directly. */
  public void report(RuleMeta rule, SourceSpan span, String message, Fix fix) {
    findings.add(new Finding(rule.id(), rule.severity(), rule.category(), message, file, span,
        fix, List.of()));
  }

  /** What was reported, in report order. */
  public List<Finding> findings() {
    return findings;
  }
}
