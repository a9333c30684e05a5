package org.notelint.lint;

/** A rule file that cannot be used; the message starts with {@code file:line:}. */
public final class RuleFileException extends Exception {
  public RuleFileException(String message) {
    super(message);
  }
}
