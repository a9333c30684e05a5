package org.notelint.model;

import java.util.List;

/** A table: rows of cells, the first row the header when the format has one. */
public record Table(SourceSpan span, List<List<Text>> rows) implements Block {
  public Table {
    rows = rows.stream().map(List::copyOf).toList();
  }

  @Override
  public String kind() {
    return "table";
  }
}
