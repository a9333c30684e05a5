package org.notelint.cli;

import org.notelint.model.Severity;

/** The --fail-on threshold. */
public enum FailOn {
  ERROR, WARNING, NOTE, NEVER;

  /** True when a finding of {@code s} makes the run fail. */
  public boolean fails(Severity s) {
    return switch (this) {
      case ERROR -> s == Severity.ERROR;
      case WARNING -> s != Severity.NOTE;
      case NOTE -> true;
      case NEVER -> false;
    };
  }
}
