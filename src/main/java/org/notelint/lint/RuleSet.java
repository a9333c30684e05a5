package org.notelint.lint;

import java.util.List;
import java.util.Optional;

/**
 * The loaded rules (sorted by id), the version facts they judge by, and a digest of the rule
 * files they came from ({@code null} when the set was put together in code: results of such a
 * set are not cached).
 */
public record RuleSet(List<Rule> rules, VersionFacts facts, String fingerprint) {
  public RuleSet {
    rules = List.copyOf(rules);
  }

  /** A set put together in code, not loaded from files. */
  public RuleSet(List<Rule> rules, VersionFacts facts) {
    this(rules, facts, null);
  }

  /** The rule with this id or name (case-insensitive). */
  public Optional<Rule> find(String idOrName) {
    return rules.stream().filter(r -> r.meta().id().equalsIgnoreCase(idOrName)
        || r.meta().name().equalsIgnoreCase(idOrName)).findFirst();
  }
}
