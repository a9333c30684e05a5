package org.notelint.model;

import java.util.List;

/**
 * One list item: its marker ({@code -}, {@code *}, {@code 1.}), nesting depth (0 for a
 * top-level item), its own first text and the blocks nested under it.
 */
public record ListItem(SourceSpan span, String marker, int depth, Text text,
    List<Block> children) implements Block {
  public ListItem {
    children = List.copyOf(children);
  }

  @Override
  public String kind() {
    return "list-item";
  }
}
