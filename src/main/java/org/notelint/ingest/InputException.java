package org.notelint.ingest;

/** An input path that cannot be used at all (missing, unreadable): exit code 3. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
