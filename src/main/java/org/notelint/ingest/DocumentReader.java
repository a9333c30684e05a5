package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import org.notelint.model.Finding;
import org.notelint.model.Format;
import org.notelint.model.NoteDocument;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/** Turns one file's bytes into a {@link NoteDocument}: decode, sniff, read. */
public final class DocumentReader {
  /** At most this many invalid-byte findings per file; the last one says how many more. */
  static final int MAX_ENCODING_FINDINGS = 20;

  private DocumentReader() {}

  /** Reads {@code bytes} as the note at {@code path} (relative to the input root). */
  public static NoteDocument read(String path, byte[] bytes) {
    if (Decoder.looksBinary(bytes)) {
      String msg = "binary file (NUL bytes or control characters); not read as a note";
      return Ingestor.unread(path, bytes.length, List.of(msg),
          List.of(Finding.of(IngestRules.BINARY_FILE, msg, path, SourceSpan.lines(1, 1))));
    }
    Decoder.Decoded decoded = Decoder.decode(bytes);
    List<Finding> findings = new ArrayList<>();
    encodingFindings(path, decoded, findings);
    Text source = Text.ofLines(decoded.text(), 1, -1);
    FormatSniffer.Verdict verdict = FormatSniffer.sniff(path, source);
    List<String> evidence = new ArrayList<>(verdict.evidence());
    if (decoded.bom()) {
      evidence.add("byte order mark removed");
    }
    Outline outline = new Outline();
    Format format = verdict.format();
    switch (format) {
      case MARKDOWN -> MarkdownReader.read(source, outline);
      case NOTEBOOK_EXPORT -> NotebookExportReader.read(source, outline);
      case RST -> new IndentReader(IndentReader.Dialect.RST).read(source, outline);
      case BANNER_TEXT -> new IndentReader(IndentReader.Dialect.BANNER).read(source, outline);
      case ORG -> {
        new IndentReader(IndentReader.Dialect.ORG).read(source, outline);
        findings.add(Finding.of(IngestRules.FORMAT_ASSUMED,
            "org-mode read with the plain-text reader (headlines, lists and #+BEGIN blocks only)",
            path, SourceSpan.lines(1, 1)));
      }
      case HTML -> {
        int[] skipped = new int[1];
        Text visible = HtmlText.visible(decoded.text(), skipped);
        if (skipped[0] > 0) {
          evidence.add(skipped[0] + " <script>/<style> element(s) skipped: program text, not notes");
        }
        evidence.add("tags removed and character references decoded; headings read as titles, "
            + "block elements as paragraphs, <pre> as code");
        new IndentReader(IndentReader.Dialect.PLAIN).read(visible, outline);
        findings.add(Finding.of(IngestRules.FORMAT_ASSUMED,
            "HTML document read as text: tags removed, headings as titles, <pre> blocks as "
                + "code; lists and tables are not interpreted", path, SourceSpan.lines(1, 1)));
      }
      case IPYNB -> {
        try {
          IpynbReader.read(decoded.text(), outline, evidence);
        } catch (IpynbReader.BrokenNotebook e) {
          findings.add(Finding.of(IngestRules.BROKEN_NOTEBOOK,
              "notebook JSON does not parse at line " + e.line + ", column " + e.column + ": "
                  + e.getMessage() + "; read as plain text",
              path, new SourceSpan(Math.max(1, e.line), Math.max(1, e.column),
                  Math.max(1, e.line), Math.max(1, e.column), -1)));
          evidence.add("broken notebook JSON, read as plain text");
          outline = new Outline();
          format = Format.PLAIN_TEXT;
          new IndentReader(IndentReader.Dialect.PLAIN).read(source, outline);
        }
      }
      case PLAIN_TEXT -> {
        new IndentReader(IndentReader.Dialect.PLAIN).read(source, outline);
        if (!decoded.text().isBlank()) {
          findings.add(Finding.of(IngestRules.FORMAT_ASSUMED,
              "no Markdown, reStructuredText, banner or notebook structure found; read as plain text",
              path, SourceSpan.lines(1, 1)));
        }
      }
      case UNREAD -> throw new IllegalStateException("sniffer never answers UNREAD");
      default -> throw new IllegalStateException("unhandled format " + format);
    }
    if (format == Format.IPYNB && findings.stream().anyMatch(f -> f.ruleId().equals("NB-001"))) {
      format = Format.PLAIN_TEXT;
    }
    return new NoteDocument(path, format, evidence, decoded.lineEnding(), decoded.text(),
        bytes.length, outline.build(), findings);
  }

  /**
   * {@code html} with the content of script and style elements blanked (line breaks kept, so
   * positions stay those of the file); {@code count[0]} receives how many were blanked. One
   * pass with indexOf: an unclosed element blanks to the end, never rescans.
   */
  static String blankScriptsAndStyles(String html, int[] count) {
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    if (lower.length() != html.length()) {
      return html; // case folding changed lengths (rare scripts): offsets would not match
    }
    char[] v = null;
    int from = 0;
    while (true) {
      int script = lower.indexOf("<script", from);
      int style = lower.indexOf("<style", from);
      int at = script < 0 ? style : style < 0 ? script : Math.min(script, style);
      if (at < 0) {
        break;
      }
      String name = at == script ? "script" : "style";
      int after = at + 1 + name.length();
      if (after < lower.length() && Character.isLetterOrDigit(lower.charAt(after))) {
        from = after; // <scripts>, <styleguide>: another element
        continue;
      }
      int close = lower.indexOf("</" + name, after);
      int gt = close < 0 ? -1 : lower.indexOf('>', close);
      int end = gt < 0 ? lower.length() : gt + 1;
      if (v == null) {
        v = html.toCharArray();
      }
      count[0]++;
      for (int k = at; k < end; k++) {
        if (v[k] != '\n') {
          v[k] = ' ';
        }
      }
      from = end;
    }
    return v == null ? html : new String(v);
  }

  private static void encodingFindings(String path, Decoder.Decoded decoded,
      List<Finding> findings) {
    List<int[]> bad = decoded.invalidPositions();
    int lastLine = -1;
    int reported = 0;
    int lines = 0;
    for (int[] pos : bad) {
      if (pos[0] != lastLine) {
        lines++;
      }
      lastLine = pos[0];
    }
    lastLine = -1;
    for (int[] pos : bad) {
      if (pos[0] == lastLine) {
        continue;
      }
      lastLine = pos[0];
      if (reported == MAX_ENCODING_FINDINGS - 1 && lines > MAX_ENCODING_FINDINGS) {
        findings.add(Finding.of(IngestRules.INVALID_UTF8,
            "invalid UTF-8 byte sequence replaced by U+FFFD (and on " + (lines - reported - 1)
                + " more lines)", path, new SourceSpan(pos[0], pos[1], pos[0], pos[1] + 1, -1)));
        return;
      }
      findings.add(Finding.of(IngestRules.INVALID_UTF8,
          "invalid UTF-8 byte sequence replaced by U+FFFD", path,
          new SourceSpan(pos[0], pos[1], pos[0], pos[1] + 1, -1)));
      reported++;
    }
  }
}
