package org.notelint.model;

/** A paragraph of prose (or a line block, or a run of plain lines). */
public record Paragraph(SourceSpan span, Text text) implements Block {
  @Override
  public String kind() {
    return "paragraph";
  }
}
