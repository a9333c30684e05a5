package org.notelint.model;

import java.util.List;

/** A term and its body: RST definition lists, {@code **GIL**} + indented text, term lines. */
public record Definition(SourceSpan span, Text term, List<Block> children) implements Block {
  public Definition {
    children = List.copyOf(children);
  }

  @Override
  public String kind() {
    return "definition";
  }
}
