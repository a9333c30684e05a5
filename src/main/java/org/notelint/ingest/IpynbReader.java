package org.notelint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Raw;
import org.notelint.model.Text;

/**
 * Reads Jupyter notebooks (nbformat 3 and 4): markdown, code, raw and (v3) heading cells,
 * and stream, execute_result/pyout, display_data and error/pyerr outputs. Every cell line
 * maps to the line of the JSON file that holds its string, so findings point into the file.
 */
final class IpynbReader {
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(200).build())
      .build();
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  /** The JSON is not a readable notebook; {@code line} is where the problem is. */
  static final class BrokenNotebook extends Exception {
    final int line;
    final int column;

    BrokenNotebook(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * A JSON value with the position of its first character; for a string written with escapes
   * ({@code \"}, {@code \u0435}), {@code raw[k]} is how many source columns after the first
   * character of its contents its character {@code k} stands (and {@code raw[length]} where
   * the contents end); null when every character stands for itself.
   */
  private record J(Object value, int line, int column, int[] raw) {
    J(Object value, int line, int column) {
      this(value, line, column, null);
    }

    @SuppressWarnings("unchecked")
    Map<String, J> obj() {
      return value instanceof Map ? (Map<String, J>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<J> arr() {
      return value instanceof List ? (List<J>) value : List.of();
    }

    String str() {
      return value instanceof String s ? s : null;
    }
  }

  private IpynbReader() {}

  /** True when the text parses as a JSON object with notebook keys. */
  static boolean looksLikeNotebook(String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    // A truncated save may lose "nbformat" (it comes last); cell keys near the top still tell.
    return head.stripLeading().startsWith("{")
        && ((text.contains("\"nbformat\"") && (text.contains("\"cells\"")
        || text.contains("\"worksheets\"")))
        || (head.contains("\"cells\"") && head.contains("\"cell_type\"")));
  }

  static void read(String source, Outline outline, List<String> evidence) throws BrokenNotebook {
    J root;
    try (JsonParser p = JSON.createParser(source)) {
      p.nextToken();
      root = value(p, source);
    } catch (JsonParseException e) {
      JsonLocation loc = e.getLocation();
      throw new BrokenNotebook(e.getOriginalMessage(), loc == null ? 1 : (int) loc.getLineNr(),
          loc == null ? 1 : (int) loc.getColumnNr());
    } catch (IOException e) {
      throw new BrokenNotebook(e.getMessage(), 1, 1);
    }
    Map<String, J> top = root.obj();
    J nbformat = top.get("nbformat");
    int version = nbformat != null && nbformat.value() instanceof Number num ? num.intValue() : 4;
    List<J> cells;
    if (top.containsKey("cells")) {
      cells = top.get("cells").arr();
    } else if (top.containsKey("worksheets")) {
      cells = new ArrayList<>();
      for (J ws : top.get("worksheets").arr()) {
        J c = ws.obj().get("cells");
        if (c != null) {
          cells.addAll(c.arr());
        }
      }
    } else {
      throw new BrokenNotebook("no \"cells\" or \"worksheets\" in notebook JSON", root.line(),
          root.column());
    }
    String language = kernelLanguage(top);
    evidence.add("nbformat " + version + ", " + cells.size() + " cells, language " + language);
    for (int index = 0; index < cells.size(); index++) {
      cell(cells.get(index), index, language, outline);
    }
  }

  private static String kernelLanguage(Map<String, J> top) {
    J meta = top.get("metadata");
    if (meta != null) {
      J info = meta.obj().get("language_info");
      if (info != null && info.obj().get("name") != null && info.obj().get("name").str() != null) {
        return info.obj().get("name").str();
      }
      J ks = meta.obj().get("kernelspec");
      if (ks != null && ks.obj().get("language") != null && ks.obj().get("language").str() != null) {
        return ks.obj().get("language").str();
      }
    }
    return "python";
  }

  private static void cell(J cell, int index, String language, Outline outline) {
    Map<String, J> c = cell.obj();
    String type = c.get("cell_type") != null ? c.get("cell_type").str() : null;
    J src = c.containsKey("source") ? c.get("source") : c.get("input");
    Text text = cellText(src, cell, index);
    if ("markdown".equals(type)) {
      MarkdownReader.read(text, outline);
    } else if ("heading".equals(type)) {
      int level = c.get("level") != null && c.get("level").value() instanceof Number num
          ? num.intValue() : 1;
      outline.heading(text, level, text.span(), List.of());
    } else if ("code".equals(type)) {
      Integer count = executionCount(c);
      String lang = c.get("language") != null && c.get("language").str() != null
          ? c.get("language").str() : language;
      outline.block(new CodeBlock(text.span(), text, lang, CodeRoles.detect(lang, text.value()),
          true, count));
      J outputs = c.get("outputs");
      if (outputs != null) {
        for (J out : outputs.arr()) {
          output(out, index, count, outline);
        }
      }
    } else {
      outline.block(new Raw(text.span(), text, Raw.Kind.RAW_CELL));
    }
  }

  private static Integer executionCount(Map<String, J> c) {
    J n = c.containsKey("execution_count") ? c.get("execution_count") : c.get("prompt_number");
    return n != null && n.value() instanceof Number num ? num.intValue() : null;
  }

  private static void output(J out, int index, Integer count, Outline outline) {
    Map<String, J> o = out.obj();
    String type = o.get("output_type") != null ? o.get("output_type").str() : "";
    J textJ = null;
    boolean traceback = false;
    if (o.containsKey("text")) {
      textJ = o.get("text");
    } else if (o.containsKey("traceback")) {
      textJ = o.get("traceback");
      traceback = true;
    } else if (o.containsKey("data") && o.get("data").obj().containsKey("text/plain")) {
      textJ = o.get("data").obj().get("text/plain");
    }
    if (textJ != null) {
      Text t = cellText(textJ, out, index, traceback);
      String clean = ANSI.matcher(t.value()).replaceAll("");
      if (!clean.equals(t.value())) {
        t = Text.mapped(List.of(clean.split("\n", -1)), linesOf(t), colsOf(t), index);
      }
      outline.block(new CodeBlock(t.span(), t, "", CodeRole.OUTPUT, true, count));
      return;
    }
    // Image-only outputs: accounted for as attachments, never read as text.
    StringBuilder kinds = new StringBuilder();
    Map<String, J> data = o.containsKey("data") ? o.get("data").obj() : o;
    for (String k : data.keySet()) {
      if (k.contains("/") || k.equals("png") || k.equals("jpeg") || k.equals("svg")) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(k);
      }
    }
    Text t = Text.mapped(List.of(type + " output: " + kinds), new int[] {out.line()},
        new int[] {out.column()}, index);
    outline.block(new Raw(t.span(), t, Raw.Kind.ATTACHMENT));
  }

  private static int[] linesOf(Text t) {
    int[] a = new int[t.lineCount()];
    for (int i = 0; i < a.length; i++) {
      a[i] = t.sourceLine(i);
    }
    return a;
  }

  private static int[] colsOf(Text t) {
    int[] a = new int[t.lineCount()];
    for (int i = 0; i < a.length; i++) {
      a[i] = t.sourceColumn(i);
    }
    return a;
  }

  /** Joins a notebook string or list of strings into one text, each line mapped to its JSON line. */
  private static Text cellText(J src, J owner, int index) {
    return cellText(src, owner, index, false);
  }

  /**
   * The text of a cell source or output: array elements are concatenated (they carry their
   * own line breaks), except for a traceback, whose elements are lines without one.
   */
  private static Text cellText(J src, J owner, int index, boolean elementPerLine) {
    List<String> lines = new ArrayList<>();
    List<int[]> pos = new ArrayList<>();
    List<int[]> maps = new ArrayList<>();
    if (src == null) {
      return Text.mapped(List.of(""), new int[] {owner.line()}, new int[] {owner.column()}, index);
    }
    List<J> parts = src.value() instanceof String ? List.of(src) : src.arr();
    StringBuilder current = null;
    // The column map of the line being built: only while it comes from one JSON string.
    int[] currentMap = null;
    for (J part : parts) {
      String s = part.str();
      if (s == null) {
        continue;
      }
      int col = part.column() + 1;
      int[] raw = part.raw();
      int start = 0;
      while (start <= s.length()) {
        int nl = s.indexOf('\n', start);
        String piece = nl < 0 ? s.substring(start) : s.substring(start, nl);
        if (current == null) {
          current = new StringBuilder();
          pos.add(new int[] {part.line(), col + (raw == null ? start : raw[start])});
          currentMap = raw == null ? null : columns(raw, col, start, piece.length());
        } else {
          currentMap = null; // the line goes on in another JSON string: no exact map
        }
        current.append(piece);
        if (nl < 0) {
          break;
        }
        lines.add(current.toString());
        maps.add(currentMap);
        current = null;
        start = nl + 1;
        if (start == s.length()) {
          break;
        }
      }
      if (elementPerLine && current != null) {
        lines.add(current.toString());
        maps.add(currentMap);
        current = null;
      }
    }
    if (current != null) {
      lines.add(current.toString());
      maps.add(currentMap);
    }
    if (lines.isEmpty()) {
      return Text.mapped(List.of(""), new int[] {src.line()}, new int[] {src.column()}, index);
    }
    int[] ls = new int[lines.size()];
    int[] cs = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      ls[i] = pos.get(i)[0];
      cs[i] = pos.get(i)[1];
    }
    return maps.stream().allMatch(java.util.Objects::isNull) ? Text.mapped(lines, ls, cs, index)
        : Text.mapped(lines, ls, cs, maps.toArray(new int[0][]), index);
  }

  /** The source columns of {@code length} characters from {@code start}, and of their end. */
  private static int[] columns(int[] raw, int col, int start, int length) {
    int[] out = new int[length + 1];
    for (int k = 0; k <= length; k++) {
      out[k] = col + raw[Math.min(start + k, raw.length - 1)];
    }
    return out;
  }

  /**
   * Where each character of a JSON string's contents (starting at {@code from} in
   * {@code source}, {@code length} characters once decoded) stands, in columns after its first
   * one; null when there is no escape.
   */
  static int[] rawOffsets(String source, long from, int length) {
    if (from < 0 || from + length >= source.length()) {
      return null;
    }
    int start = (int) from;
    if (source.charAt(start + length) == '"' && source.indexOf('\\', start) >= start + length
        || source.indexOf('\\', start) < 0) {
      return null; // no backslash inside: every character stands for itself
    }
    int[] raw = new int[length + 1];
    int at = start;
    for (int k = 0; k < length && at < source.length(); k++) {
      raw[k] = at - start;
      if (source.charAt(at) == '\\' && at + 1 < source.length()) {
        at += source.charAt(at + 1) == 'u' ? 6 : 2;
      } else {
        at++;
      }
    }
    raw[length] = at - start;
    return raw;
  }

  private static J value(JsonParser p, String source) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = (int) loc.getLineNr();
    int col = (int) loc.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new JsonParseException(p, "unexpected end of input");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, J> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p, source));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
          throw new JsonParseException(p, "unexpected end of input inside an object");
        }
        return new J(map, line, col);
      }
      case START_ARRAY -> {
        List<J> list = new ArrayList<>();
        while (true) {
          JsonToken next = p.nextToken();
          if (next == JsonToken.END_ARRAY) {
            break;
          }
          if (next == null) {
            throw new JsonParseException(p, "unexpected end of input inside an array");
          }
          list.add(value(p, source));
        }
        return new J(list, line, col);
      }
      case VALUE_STRING -> {
        String text = p.getText();
        return new J(text, line, col, rawOffsets(source, loc.getCharOffset() + 1, text.length()));
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new J(p.getNumberValue(), line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new J(p.getBooleanValue(), line, col);
      }
      default -> {
        return new J(null, line, col);
      }
    }
  }
}
