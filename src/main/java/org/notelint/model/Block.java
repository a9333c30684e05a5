package org.notelint.model;

import java.util.List;

/** A content block of a note: what lies under a section heading. */
public sealed interface Block
    permits Paragraph, ListItem, Definition, CodeBlock, Quote, Table, Raw, LinkDefinition {

  /** Where the block sits in its file. */
  SourceSpan span();

  /** A short kind name, stable for snapshots and reports ({@code paragraph}, {@code code}). */
  String kind();

  /** Nested blocks (list item bodies, definition bodies, quotes); empty for leaves. */
  default List<Block> children() {
    return List.of();
  }
}
