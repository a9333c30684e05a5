package org.notelint.model;

/** Content that is not prose or code: raw HTML, directives, comments, metadata. */
public record Raw(SourceSpan span, Text text, Kind rawKind) implements Block {

  /** What the raw block is. */
  public enum Kind {
    HTML, DIRECTIVE, COMMENT, METADATA, SUBSTITUTION, RULE, RAW_CELL, ATTACHMENT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String kind() {
    return "raw:" + rawKind.label();
  }
}
