package org.notelint.cli;

/** The exit codes of the CLI contract (see README and DESIGN.md). */
public enum ExitCode {
  /** No finding at or above --fail-on. */
  OK(0),
  /** Findings at or above --fail-on. */
  FINDINGS(1),
  /** Usage or configuration error: bad option, bad rule file. */
  USAGE(2),
  /** Input error: no readable note found, missing or unreadable path. */
  INPUT(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
