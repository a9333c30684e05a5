package org.notelint.model;

import java.util.List;

/**
 * What a rule says about itself: stable id, kebab-case name, default severity, category,
 * a one-line summary, the rationale and references.
 */
public record RuleInfo(String id, String name, Severity severity, Category category,
    String summary, String rationale, List<String> references) {
  public RuleInfo {
    references = List.copyOf(references);
  }
}
