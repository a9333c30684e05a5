package org.notelint.lint;

import java.util.List;
import java.util.Optional;

/** The loaded rules (sorted by id) and the version facts they judge by. */
public record RuleSet(List<Rule> rules, VersionFacts facts) {
  public RuleSet {
    rules = List.copyOf(rules);
  }

  /** The rule with this id or name (case-insensitive). */
  public Optional<Rule> find(String idOrName) {
    return rules.stream().filter(r -> r.meta().id().equalsIgnoreCase(idOrName)
        || r.meta().name().equalsIgnoreCase(idOrName)).findFirst();
  }
}
