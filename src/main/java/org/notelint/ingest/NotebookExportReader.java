package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Text;

/**
 * Reads a notebook exported to text: {@code In [N]:} / {@code In [ ]:} / {@code In [None]:}
 * prompts open code cells, the output follows the code after a blank line, and the text
 * between cells is Markdown.
 *
 * <p>Where the code ends and the output starts is not marked in such exports. A cell's
 * lines are split at blank lines into chunks: the first chunk is code; a later chunk stays
 * code while its lines read as Python statements; the first chunk that does not is the
 * output; a chunk that opens Markdown (a heading, bold lead-in, list, image, or a long
 * prose sentence) ends the cell. {@code Out[N]:} prompts, where present, mark output.
 */
final class NotebookExportReader {
  static final Pattern IN_PROMPT = Pattern.compile("^In\\s?\\[(\\s*|\\d+|None|\\*)\\]:\\s*(.*)$");
  static final Pattern OUT_PROMPT = Pattern.compile("^Out\\s?\\[(\\s*|\\d+)\\]:\\s*(.*)$");
  private static final Pattern MD_START = Pattern.compile(
      "^(#{1,6}\\s+\\S|\\*\\*|[*-]\\s+\\S|\\d+\\.\\s+[A-Za-z]|!\\[|>\\s|\\||\\[[^\\]]+\\]\\(|---+\\s*$|<a\\s)");

  private NotebookExportReader() {}

  /** Counts prompt lines, for the sniffer. */
  static int promptCount(Text text) {
    int n = 0;
    String v = text.value();
    for (int i = 0; i < text.lineCount(); i++) {
      int at = text.lineStart(i);
      if (v.startsWith("In", at) && IN_PROMPT.matcher(text.line(i)).matches()) {
        n++;
      }
    }
    return n;
  }

  static void read(Text text, Outline outline) {
    int n = text.lineCount();
    List<Block> cells = new ArrayList<>();
    boolean[] masked = new boolean[n];
    int i = 0;
    while (i < n) {
      Matcher prompt = IN_PROMPT.matcher(text.line(i));
      if (!prompt.matches()) {
        i++;
        continue;
      }
      Integer count = parseCount(prompt.group(1));
      masked[i] = true;
      int regionEnd = i + 1;
      while (regionEnd < n && !IN_PROMPT.matcher(text.line(regionEnd)).matches()) {
        regionEnd++;
      }
      List<int[]> chunks = chunks(text, prompt.group(2).isBlank() ? i + 1 : i, regionEnd);
      int codeFrom = -1;
      int codeTo = -1;
      int outFrom = -1;
      int outTo = -1;
      for (int c = 0; c < chunks.size(); c++) {
        int[] ch = chunks.get(c);
        String first = text.line(ch[0]);
        if (c == 0 && !OUT_PROMPT.matcher(first).matches()) {
          codeFrom = ch[0];
          codeTo = ch[1];
          continue;
        }
        if (OUT_PROMPT.matcher(first).matches() && outFrom < 0) {
          outFrom = ch[0];
          outTo = ch[1];
          continue;
        }
        if (opensMarkdown(text, chunks, c)) {
          break;
        }
        if (outFrom < 0 && isCode(text, ch)) {
          if (codeFrom < 0) {
            codeFrom = ch[0];
          }
          codeTo = ch[1];
          continue;
        }
        if (outFrom < 0) {
          outFrom = ch[0];
          outTo = ch[1];
          continue;
        }
        break;
      }
      if (codeFrom >= 0) {
        Text code = IndentReader.lines(text, codeFrom, codeTo);
        if (codeFrom == i) {
          int cut = prompt.start(2);
          code = code.slice(cut, code.length());
        }
        cells.add(new CodeBlock(code.span(), code, "python",
            CodeRoles.detect("python", code.value()), true, count));
        mark(masked, codeFrom, codeTo);
      } else {
        Text empty = IndentReader.lines(text, i, i + 1);
        empty = empty.slice(empty.length(), empty.length());
        cells.add(new CodeBlock(IndentReader.lines(text, i, i + 1).span(), empty, "python",
            CodeRole.SOURCE, true, count));
      }
      if (outFrom >= 0) {
        Text out = IndentReader.lines(text, outFrom, outTo);
        Matcher op = OUT_PROMPT.matcher(text.line(outFrom));
        if (op.matches()) {
          out = out.slice(op.start(2), out.length());
        }
        cells.add(new CodeBlock(out.span(), out, "", CodeRole.OUTPUT, true, count));
        mark(masked, outFrom, outTo);
      }
      i = regionEnd;
    }
    // Markdown sees the file with cell lines blanked out, so its offsets stay those of the file.
    Text md = maskedText(text, masked);
    MarkdownReader.read(md, outline, cells);
  }

  private static Text maskedText(Text text, boolean[] masked) {
    char[] chars = text.value().toCharArray();
    for (int k = 0; k < text.lineCount(); k++) {
      if (masked[k]) {
        for (int x = text.lineStart(k); x < text.lineEnd(k); x++) {
          chars[x] = ' ';
        }
      }
    }
    return Text.ofLines(new String(chars), text.sourceLine(0), text.cell());
  }

  private static void mark(boolean[] masked, int from, int to) {
    for (int k = from; k < to; k++) {
      masked[k] = true;
    }
  }

  private static Integer parseCount(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.equals("None") || t.equals("*")) {
      return null;
    }
    return Integer.valueOf(t);
  }

  /** Chunks of non-blank lines in {@code [from, to)} as {start, end} line pairs. */
  private static List<int[]> chunks(Text text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int k = from;
    while (k < to) {
      while (k < to && text.line(k).isBlank()) {
        k++;
      }
      if (k >= to) {
        break;
      }
      int s = k;
      while (k < to && !text.line(k).isBlank()) {
        k++;
      }
      out.add(new int[] {s, k});
    }
    return out;
  }

  private static boolean isCode(Text text, int[] ch) {
    int code = 0;
    int total = 0;
    for (int k = ch[0]; k < ch[1]; k++) {
      String l = text.line(k);
      total++;
      if (Pythonish.statementLike(l) || (Character.isWhitespace(l.charAt(0)) && code > 0)) {
        code++;
      }
    }
    return Pythonish.statementLike(text.line(ch[0])) || code * 2 >= total;
  }

  private static boolean opensMarkdown(Text text, List<int[]> chunks, int c) {
    int[] ch = chunks.get(c);
    String first = text.line(ch[0]);
    if (first.startsWith("# ") || first.equals("#")) {
      // "# comment" in code or an h1: a lone line not followed by code is a heading.
      boolean lone = ch[1] - ch[0] == 1;
      boolean nextIsCode = c + 1 < chunks.size() && isCode(text, chunks.get(c + 1));
      return lone && !nextIsCode;
    }
    if (first.startsWith("#")) {
      return first.matches("^#{2,6}\\s+\\S.*") && ch[1] - ch[0] == 1;
    }
    if (MD_START.matcher(first).find()) {
      return true;
    }
    return isProse(first);
  }

  /** A sentence of at least eight words, capitalised, mostly letters. */
  private static boolean isProse(String line) {
    String s = line.strip();
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || Pythonish.statementLike(s)) {
      return false;
    }
    String[] words = s.split("\\s+");
    if (words.length < 8) {
      return false;
    }
    int plain = 0;
    for (String w : words) {
      if (w.matches("[\\p{L}'’-]+[,.;:!?]?")) {
        plain++;
      }
    }
    return plain * 4 >= words.length * 3;
  }
}
