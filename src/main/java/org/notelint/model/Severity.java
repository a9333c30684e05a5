package org.notelint.model;

import java.util.Locale;

/** How serious a finding is, ordered from least to most. */
public enum Severity {
  NOTE, WARNING, ERROR;

  /** {@code note}, {@code warning} or {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label; throws {@link IllegalArgumentException} on anything else. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.label().equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + s + "'");
  }
}
