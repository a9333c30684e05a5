package org.notelint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.notelint.model.SourceSpan;

/** Shared JSON writing: the same indentation, line ends and key order in every file. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Pretty-printed with two-space indents and LF line ends, ending with a newline. */
  static String write(JsonNode node) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(indent).withArrayIndenter(indent)
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    try {
      return MAPPER.writer(pp).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }

  /** {@code line}, {@code column}, {@code endLine}, {@code endColumn} (and {@code cell}). */
  static void span(ObjectNode o, SourceSpan s) {
    o.put("line", s.startLine());
    o.put("column", s.startColumn());
    o.put("endLine", s.endLine());
    o.put("endColumn", s.endColumn());
    if (s.cell() >= 0) {
      o.put("cell", s.cell());
    }
  }
}
