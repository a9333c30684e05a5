package org.notelint.model;

/** The line-end convention found in a file. */
public enum LineEnding {
  LF, CRLF, CR, MIXED, NONE
}
