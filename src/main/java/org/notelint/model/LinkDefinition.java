package org.notelint.model;

/**
 * A link reference, footnote, citation or hyperlink target: {@code [x]: url},
 * {@code .. [1] text}, {@code .. _name: url}. {@code url} is {@code ""} when there is none.
 */
public record LinkDefinition(SourceSpan span, String label, String url, Text text)
    implements Block {
  @Override
  public String kind() {
    return "link-definition";
  }
}
