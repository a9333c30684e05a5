package org.notelint.cli;

/** A bad command line or configuration; the CLI prints the message and exits 2. */
public final class UsageException extends Exception {
  private final boolean showUsage;

  public UsageException(String message, boolean showUsage) {
    super(message);
    this.showUsage = showUsage;
  }

  public boolean showUsage() {
    return showUsage;
  }
}
