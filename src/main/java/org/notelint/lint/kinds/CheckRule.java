package org.notelint.lint.kinds;

import org.notelint.lint.Check;
import org.notelint.lint.DocContext;
import org.notelint.lint.RuleMeta;
import org.notelint.lint.Sink;

/** Kind {@code check}: metadata from the pack, body from a Java {@link Check}. */
public record CheckRule(RuleMeta meta, Check body) implements DataRule {
  @Override
  public void check(DocContext doc, Sink sink) {
    body.check(meta, doc, sink);
  }
}
