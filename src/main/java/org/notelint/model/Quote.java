package org.notelint.model;

import java.util.List;

/** A block quote or admonition body, holding nested blocks. */
public record Quote(SourceSpan span, List<Block> children) implements Block {
  public Quote {
    children = List.copyOf(children);
  }

  @Override
  public String kind() {
    return "quote";
  }
}
