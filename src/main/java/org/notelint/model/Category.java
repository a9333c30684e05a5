package org.notelint.model;

import java.util.Locale;

/** Finding categories of the report contract (SARIF {@code properties.tags}). */
public enum Category {
  PYTHON2("python2", true),
  REMOVED_API("removed-api", true),
  DEPRECATED_API("deprecated-api", true),
  MISCONCEPTION("misconception", true),
  OUTDATED("outdated", true),
  SPELLING("spelling", false),
  GRAMMAR("grammar", false),
  DUPLICATE("duplicate", false),
  STRUCTURE("structure", false),
  ENCODING("encoding", false),
  NOTEBOOK("notebook", false);

  private final String label;
  private final boolean factual;

  Category(String label, boolean factual) {
    this.label = label;
    this.factual = factual;
  }

  public String label() {
    return label;
  }

  /** True for the factual group: python2, removed-api, deprecated-api, misconception, outdated. */
  public boolean isFactual() {
    return factual;
  }

  /** Parses a label; throws {@link IllegalArgumentException} on anything else. */
  public static Category parse(String s) {
    for (Category c : values()) {
      if (c.label.equals(s.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category '" + s + "'");
  }
}
