package org.notelint.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Text;
import org.notelint.util.HtmlEntities;

/**
 * What a reader sees of an HTML note (an exported notebook or web page), as text the plain
 * reader can take apart: tags and comments removed, character references decoded, a line
 * break where a block element (a paragraph, heading, list item, preformatted block, table
 * row) begins or ends, and a blank line between paragraph-level blocks. Outside
 * {@code <pre>} leading blanks are dropped (HTML does not show them); a {@code <pre>} block
 * keeps its lines and indentation and is fenced, so it reads as code. Every character keeps
 * the line and column it came from, so findings point into the HTML file.
 * {@code <script>} and {@code <style>} content is program text and is left out, and so are
 * the page's {@code <title>} (the browser tab's, not the note's), notebook prompts ("In [1]:") and heading anchors ("¶") of exported notebooks and Sphinx
 * pages. A heading is underlined ({@code h1} with '=', {@code h2} with '-', the rest with
 * '~'), so the plain reader makes it a section title, and inline {@code <code>} is written
 * between backticks, so it reads as code.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements that begin a new line of text. */
  private static final Set<String> LINE_BREAKING = Set.of("br", "li", "dt", "dd", "tr", "td",
      "th", "option", "caption", "figcaption", "summary");
  /** Elements that stand apart as blocks: a blank line before and after. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
      "h6", "pre", "ul", "ol", "dl", "table", "blockquote", "section", "article", "header",
      "footer", "nav", "aside", "main", "figure", "hr", "details", "form", "fieldset",
      "address", "body", "html", "head", "title");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-z]+);");
  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");
  /** Elements whose content is chrome, not notes: prompts and heading anchors, by class. */
  private static final Pattern HIDDEN_CLASS = Pattern.compile(
      "\\bclass\\s*=\\s*[\"'][^\"']*(?:prompt|anchor-link|headerlink)[^\"']*[\"']",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> HIDABLE = Set.of("div", "a", "span", "p", "td");
  /** The fence around a {@code <pre>} block: longer than a Markdown fence inside it. */
  static final String FENCE = "``````";

  /**
   * The visible text of {@code html} (already decoded, line ends normalised); the count of
   * skipped script and style elements goes to {@code skipped[0]}.
   */
  static Text visible(String html, int[] skipped) {
    String shown = DocumentReader.blankScriptsAndStyles(html, skipped);
    Builder b = new Builder();
    int n = shown.length();
    int pre = 0; // depth of <pre>: line breaks inside are the text's own
    String hiding = null; // the element whose content is being left out
    int hideDepth = 0;
    int headingFrom = -1; // visible lines before the open heading
    int i = 0;
    while (i < n) {
      char c = shown.charAt(i);
      boolean tagHere = c == '<' && i + 1 < n && isTagStart(shown.charAt(i + 1));
      if (hiding != null && !tagHere && !shown.startsWith("<!--", i)) {
        i = b.skip(shown, i, i + 1);
        continue;
      }
      if (c == '\n') {
        if (b.justOpenedPre) {
          b.skip(shown, i, i + 1); // HTML drops a line break right after <pre>
          b.justOpenedPre = false;
        } else {
          b.sourceLineEnds(pre > 0);
        }
        i++;
        continue;
      }
      b.justOpenedPre = false;
      if (c == '<' && shown.startsWith("<!--", i)) {
        int end = shown.indexOf("-->", i + 4);
        i = b.skip(shown, i, end < 0 ? n : end + 3);
        continue;
      }
      if (c == '<' && i + 1 < n && isTagStart(shown.charAt(i + 1))) {
        int end = tagEnd(shown, i + 1);
        Matcher name = TAG_NAME.matcher(shown).region(i, end);
        String tag = name.lookingAt() ? name.group(1).toLowerCase(Locale.ROOT) : "";
        boolean closing = shown.charAt(i + 1) == '/';
        int tagCol = b.col;
        String source = shown.substring(i, end);
        i = b.skip(shown, i, end);
        if (hiding != null) {
          if (tag.equals(hiding)) {
            hideDepth += closing ? -1 : 1;
            if (hideDepth == 0) {
              hiding = null;
            }
          }
          continue;
        }
        if (!closing && (tag.equals("title")
            || HIDABLE.contains(tag) && HIDDEN_CLASS.matcher(source).find())) {
          hiding = tag;
          hideDepth = 1;
          continue;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1'
            && tag.charAt(1) <= '6' && pre == 0) {
          if (!closing) {
            b.blockBreak();
            b.flushBlank();
            headingFrom = b.lineCount();
          } else {
            b.lineBreak();
            if (headingFrom >= 0 && b.lineCount() == headingFrom + 1) {
              b.underline(tag.charAt(1) == '1' ? '=' : tag.charAt(1) == '2' ? '-' : '~', tagCol);
            }
            headingFrom = -1;
            b.blockBreak();
          }
          continue;
        }
        if (tag.equals("pre") && !closing) {
          b.blockBreak();
          if (pre++ == 0) {
            b.fence(tagCol);
            b.justOpenedPre = true;
          }
          continue;
        }
        if (tag.equals("pre") && closing && pre > 0) {
          if (--pre == 0) {
            b.lineBreak();
            b.fence(tagCol);
          }
          b.blockBreak();
          continue;
        }
        if ((tag.equals("code") || tag.equals("kbd") || tag.equals("tt")) && pre == 0) {
          b.put("`", 0, false); // inline code reads as code, as in Markdown
          continue;
        }
        if (BLOCKS.contains(tag) && pre == 0) {
          b.blockBreak();
        } else if (LINE_BREAKING.contains(tag) && !(closing && tag.equals("br")) && pre == 0) {
          b.lineBreak();
        }
        continue;
      }
      if (c == '&') {
        Matcher e = ENTITY.matcher(shown).region(i, Math.min(n, i + 40));
        String value = e.lookingAt() ? HtmlEntities.decode(e.group(1)) : null;
        if (value != null) {
          b.put(value, e.end() - i, pre > 0);
          i = e.end();
          continue;
        }
      }
      b.put(String.valueOf(c), 1, pre > 0);
      i++;
    }
    return b.text();
  }

  private static boolean isTagStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
  }

  /** The offset just past the tag whose name starts at {@code from}: its '>' outside quotes. */
  private static int tagEnd(String s, int from) {
    char quote = 0;
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && k > 0 && s.charAt(k - 1) == '=') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return s.length();
  }

  /** Visible lines with their source positions, built character by character. */
  private static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> srcLines = new ArrayList<>();
    private final List<int[]> maps = new ArrayList<>();
    private StringBuilder line = new StringBuilder();
    private int[] map = new int[16];
    private int lineLine = 1; // the source line the visible line starts on
    private int srcLine = 1;
    int col = 1;
    private boolean blankPending;
    /** Just after a {@code <pre>} tag, where a line break is not shown. */
    boolean justOpenedPre;

    /** Skips source text {@code [from, to)}, keeping track of the lines it spans. */
    int skip(String s, int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) == '\n') {
          sourceLineEnds(false);
        } else {
          col++;
        }
      }
      return to;
    }

    /**
     * Adds {@code value}, written as {@code width} source characters; outside
     * {@code preformatted} text, blanks at the start of a line are not shown.
     */
    void put(String value, int width, boolean preformatted) {
      if (!preformatted && line.length() == 0 && value.isBlank()) {
        col += width;
        return;
      }
      if (line.length() == 0) {
        flushBlank(); // a paragraph-level block starts: one blank line before it
        lineLine = srcLine;
      }
      for (int k = 0; k < value.length(); k++) {
        if (line.length() + 1 >= map.length) {
          map = java.util.Arrays.copyOf(map, map.length * 2);
        }
        map[line.length()] = col;
        line.append(value.charAt(k));
      }
      col += width;
    }

    /** The source line ends; inside {@code <pre>} (or any text) the visible line does too. */
    void sourceLineEnds(boolean preformatted) {
      if (preformatted) {
        finishLine(); // an empty line of code is a line too
      } else {
        lineBreak();
      }
      srcLine++;
      col = 1;
    }

    void lineBreak() {
      if (line.length() > 0 && !line.toString().isBlank()) {
        finishLine();
      } else {
        line.setLength(0);
      }
    }

    /** Writes the blank line a pending block break asks for now, not at the next text. */
    void flushBlank() {
      if (blankPending && !lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
        finish("");
      }
      blankPending = false;
    }

    int lineCount() {
      return lines.size();
    }

    /**
     * An underline under the heading line just finished, as long as it, standing for the
     * closing tag at column {@code tagCol}.
     */
    void underline(char c, int tagCol) {
      String title = lines.get(lines.size() - 1);
      synthetic(String.valueOf(c).repeat(Math.max(3, title.strip().length())), tagCol);
    }

    /** A line that is not in the source but stands for the tag at column {@code tagCol}. */
    private void synthetic(String v, int tagCol) {
      int[] m = new int[v.length() + 1];
      java.util.Arrays.fill(m, tagCol);
      lines.add(v);
      srcLines.add(srcLine);
      maps.add(m);
      lineLine = srcLine;
    }

    /** A fence line standing for a {@code <pre>} tag at column {@code tagCol}. */
    void fence(int tagCol) {
      lineBreak();
      flushBlank();
      synthetic(FENCE, tagCol);
    }

    void blockBreak() {
      lineBreak();
      blankPending = true;
    }

    private void finishLine() {
      String v = line.toString();
      int[] m = java.util.Arrays.copyOf(map, v.length() + 1);
      m[v.length()] = col;
      lines.add(v);
      srcLines.add(lineLine);
      maps.add(m);
      line = new StringBuilder();
      lineLine = srcLine;
    }

    private void finish(String v) {
      lines.add(v);
      srcLines.add(srcLine);
      maps.add(null);
    }

    Text text() {
      lineBreak();
      if (lines.isEmpty()) {
        return Text.ofLines("", 1, -1);
      }
      int[] sl = new int[lines.size()];
      int[] sc = new int[lines.size()];
      int[][] cm = new int[lines.size()][];
      for (int k = 0; k < sl.length; k++) {
        sl[k] = srcLines.get(k);
        int[] m = maps.get(k);
        sc[k] = m == null || m.length == 0 ? 1 : m[0];
        cm[k] = m;
      }
      return Text.mapped(lines, sl, sc, cm, -1);
    }
  }
}
