package org.notelint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.notelint.model.SourceSpan;

/** Shared JSON writing: the same indentation, line ends and key order in every file. */
final class Json {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Two-space indents, LF line ends, a space after each colon. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indent).withArrayIndenter(indent)
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
  }

  /** Pretty-printed with two-space indents and LF line ends, ending with a newline. */
  static String write(JsonNode node) {
    try {
      return MAPPER.writer(printer()).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }

  /**
   * A generator that writes UTF-8 to {@code out} with the same layout as {@link
   * #write(JsonNode)}, for reports too large to hold as one tree: the document is written
   * piece by piece, each piece (a finding, a cluster) as a small tree. Closing it flushes but
   * leaves {@code out} open; {@link #end} writes the final newline.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    // Through a Writer, as writeValueAsString does: the byte-based generator would write a
    // character outside the BMP (an emoji in a heading) as an escaped surrogate pair.
    JsonGenerator g = MAPPER.getFactory().createGenerator(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(printer().createInstance());
    return g;
  }

  /** Closes {@code g} and ends the file with a newline, as {@link #write(JsonNode)} does. */
  static void end(JsonGenerator g, OutputStream out) throws IOException {
    g.close();
    out.write('\n');
    out.flush();
  }

  /** What {@code body} writes to a stream, as a string (for check's output and tests). */
  static String toText(IoBody body) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try {
      body.writeTo(b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array never fails
    }
    return b.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes a report to a stream. */
  @FunctionalInterface
  interface IoBody {
    void writeTo(OutputStream out) throws IOException;
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
