package org.notelint.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Finding;
import org.notelint.model.Mark;
import org.notelint.model.Text;
import org.notelint.util.HtmlContent;

/**
 * Turns note text into Markdown for the guide. Markdown sources are copied as written (their
 * markup is already Markdown), minus inline HTML; text from other formats is escaped, with
 * inline code as code spans and URLs as autolinks. Safe fixes are applied on the way, and
 * links to anchors of the source note are pointed at the guide's own anchors.
 */
final class MarkdownOut {
  private static final Pattern ANCHOR_LINK =
      Pattern.compile("\\[((?:[^\\[\\]\\\\]|\\\\.)*)\\]\\(#([^)\\s]*)\\)");
  private static final Pattern RST_REF =
      Pattern.compile("\\[(\\d+|#[\\w-]*|\\*)\\]_|\\|([^|\\s][^|]*[^|\\s]|[^|\\s])\\|");
  private static final Pattern LINE_START_SPECIAL =
      Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");

  private MarkdownOut() {}

  /** A replacement of {@code [start, end)} of a text, from the fix of {@code finding}. */
  record Edit(int start, int end, String text, Finding finding) {}

  /** The fixes among {@code findings} that fall inside {@code t}, in order, not overlapping. */
  static List<Edit> edits(Text t, List<Finding> findings) {
    List<Edit> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.fix() == null) {
        continue;
      }
      int s = t.offsetOf(f.span().startLine(), f.span().startColumn());
      int e = t.offsetOf(f.span().endLine(), f.span().endColumn());
      if (s < 0 || e < s) {
        continue;
      }
      out.add(new Edit(s, e, f.fix().replacement(), f));
    }
    out.sort(java.util.Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    List<Edit> kept = new ArrayList<>();
    int end = -1;
    for (Edit e : out) {
      if (e.start() >= end) {
        kept.add(e);
        end = Math.max(end, e.end());
        if (e.start() == e.end()) {
          end = e.end() + 1; // one insertion per place
        }
      }
    }
    return kept;
  }

  /**
   * Inline Markdown for {@code t}. {@code markdown} says the text is Markdown already;
   * {@code anchors} maps a fragment of the source note to a guide anchor (null: unlink);
   * {@code refs} maps RST footnote and substitution names to Markdown links.
   */
  static String inline(Text t, boolean markdown, List<Edit> edits,
      UnaryOperator<String> anchors, Map<String, String> refs) {
    String v = t.value();
    StringBuilder out = new StringBuilder(v.length() + 16);
    List<Mark> marks = t.marks();
    int mi = 0;
    int ei = 0;
    int pos = 0;
    StringBuilder plain = new StringBuilder();
    while (pos < v.length()) {
      while (ei < edits.size() && edits.get(ei).start() < pos) {
        ei++;
      }
      if (ei < edits.size() && edits.get(ei).start() == pos) {
        Edit e = edits.get(ei++);
        flush(plain, out, markdown, refs);
        out.append(markdown ? e.text() : escape(e.text(), atLineStart(out)));
        pos = Math.max(pos, e.end());
        if (e.start() == e.end() && pos < v.length()) {
          plain.append(v.charAt(pos++));
        }
        continue;
      }
      while (mi < marks.size() && marks.get(mi).end() <= pos
          && !(marks.get(mi).start() == pos && marks.get(mi).end() == pos)) {
        mi++;
      }
      Mark m = mi < marks.size() && marks.get(mi).start() == pos ? marks.get(mi) : null;
      if (m != null && m.end() > pos) {
        int end = m.end();
        if (ei < edits.size() && edits.get(ei).start() < end) {
          end = edits.get(ei).start(); // a fix inside a mark: copy up to it
        }
        String piece = v.substring(pos, end);
        if (m.kind() == Mark.Kind.HTML) {
          flush(plain, out, markdown, refs);
          int skip = citationEnd(v, marks, mi);
          if (skip > 0) {
            // A citation of a guide read back (<sup>002:148</sup>): not the note's words.
            while (mi < marks.size() && marks.get(mi).end() <= skip) {
              mi++;
            }
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
              out.setLength(out.length() - 1);
            }
            pos = skip;
            continue;
          }
          for (HtmlContent.Picture image : HtmlContent.images(piece)) {
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
              out.append(' '); // two images side by side read as two
            }
            out.append(html(image, atLineStart(out)));
          }
        } else if (markdown) {
          plain.append(piece);
        } else {
          flush(plain, out, markdown, refs);
          switch (m.kind()) {
            case CODE -> out.append(codeSpan(unquoteCode(piece)));
            case URL -> out.append(piece.isBlank() ? "" : "<" + piece.strip() + ">");
            default -> {
              // Markup of another format is dropped, except an RST reference to a footnote
              // or a substitution that holds a link ("|link_primer|", "[1]_").
              String key = piece.strip().replaceAll("^(\\[[^\\]]+\\])_$", "$1");
              String link = refs.get(key);
              if (link != null) {
                out.append(link);
              }
            }
          }
        }
        pos = end;
        mi++;
        continue;
      }
      int next = v.length();
      if (mi < marks.size()) {
        next = Math.min(next, Math.max(pos + 1, marks.get(mi).start()));
      }
      if (ei < edits.size()) {
        next = Math.min(next, Math.max(pos + 1, edits.get(ei).start()));
      }
      plain.append(v, pos, next);
      pos = next;
    }
    flush(plain, out, markdown, refs);
    String s = out.toString();
    if (markdown) {
      s = relink(s, anchors);
    }
    return s;
  }

  /**
   * A piece of HTML in Markdown: text escaped; an image on the web as a Markdown image; an image from
   * the note's own folder, which the guide does not have, by its alt text. {@code atStart}:
   * the piece starts a line.
   */
  static String html(HtmlContent.Piece p, boolean atStart) {
    if (p instanceof HtmlContent.Words w) {
      return escape(w.text(), atStart);
    }
    HtmlContent.Picture i = (HtmlContent.Picture) p;
    if (i.onTheWeb() && !i.src().matches("(?s).*[<>\\n].*")) {
      String src = i.src().matches("(?s).*[\\s()].*") ? "<" + i.src() + ">" : i.src();
      return "![" + escape(i.alt(), false) + "](" + src + ")";
    }
    return escape("image: " + (i.alt().isEmpty() ? i.src() : i.alt()), atStart);
  }


  /** Whether the text holds an inline HTML image the guide shows ({@code <img alt="...">}). */
  static boolean showsImage(Text t) {
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.HTML
          && !HtmlContent.images(t.value().substring(m.start(), m.end())).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Images, then links, written with a reference: {@code ![alt][label]}, {@code [text][]}. */
  private static final Pattern IMAGE_REF =
      Pattern.compile("!\\[([^\\[\\]]*)\\]\\[([^\\[\\]]*)\\]");
  private static final Pattern LINK_REF = Pattern.compile(
      "(?<![\\\\!])\\[((?:[^\\[\\]]|!\\[[^\\[\\]]*\\]\\([^()\\s]*\\))*)\\]\\[([^\\[\\]]*)\\]");

  /** The key of a Markdown reference label: case and blanks folded, as CommonMark does. */
  static String referenceKey(String label) {
    return "md:" + label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * {@code markdown} with its full and collapsed reference links and images written inline
   * from {@code refs} ({@link #referenceKey} to URL); a reference the note does not define
   * stays as written.
   */
  static String inlineReferences(String markdown, Map<String, String> refs) {
    if (markdown.indexOf("][") < 0) {
      return markdown;
    }
    String s = replace(IMAGE_REF, markdown, refs, "!");
    return replace(LINK_REF, s, refs, "");
  }

  private static String replace(Pattern p, String s, Map<String, String> refs, String bang) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String label = m.group(2).isBlank() ? m.group(1) : m.group(2);
      String url = refs.get(referenceKey(label));
      m.appendReplacement(out, Matcher.quoteReplacement(url == null || url.contains(")")
          || url.contains(" ") ? m.group() : bang + "[" + m.group(1) + "](" + url + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A guide citation's text: {@code 002:71, 74; 004:20} (what the renderer writes), or the
   * older {@code 002:71, 002:74, 004:20}.
   */
  static final String CITATION_FORM = "[\\w./-]+:\\d+(?:(?:, |; )(?:[\\w./-]+:)?\\d+)*";
  private static final Pattern CITATION = Pattern.compile(CITATION_FORM);

  /** The end of {@code <sup>file:line, ...</sup>} starting at mark {@code mi}, or -1. */
  private static int citationEnd(String v, List<Mark> marks, int mi) {
    Mark open = marks.get(mi);
    if (!v.substring(open.start(), open.end()).equalsIgnoreCase("<sup>")) {
      return -1;
    }
    for (int j = mi + 1; j < marks.size(); j++) {
      Mark close = marks.get(j);
      if (close.kind() == Mark.Kind.HTML) {
        return v.substring(close.start(), close.end()).equalsIgnoreCase("</sup>")
            && CITATION.matcher(v.substring(open.end(), close.start())).matches()
            ? close.end() : -1;
      }
    }
    return -1;
  }

  private static void flush(StringBuilder plain, StringBuilder out, boolean markdown,
      Map<String, String> refs) {
    if (plain.length() == 0) {
      return;
    }
    String p = plain.toString();
    plain.setLength(0);
    if (markdown) {
      out.append(refs.isEmpty() ? p : inlineReferences(p, refs));
      return;
    }
    Matcher m = RST_REF.matcher(p);
    int at = 0;
    while (m.find()) {
      out.append(escape(p.substring(at, m.start()), atLineStart(out)));
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String link = refs.get(m.group(1) != null ? "[" + name + "]" : "|" + name + "|");
      out.append(link != null ? link : escape(m.group()));
      at = m.end();
    }
    out.append(escape(p.substring(at), atLineStart(out)));
  }

  private static boolean atLineStart(StringBuilder out) {
    return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
  }

  /** Points {@code [text](#x)} at the guide's anchor for {@code x}, or unlinks it. */
  private static String relink(String s, UnaryOperator<String> anchors) {
    Matcher m = ANCHOR_LINK.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String to = anchors.apply(m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(
          to == null ? m.group(1) : "[" + m.group(1) + "](#" + to + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The code of an inline code mark without its delimiters (`x`, ``x``, :func:`x`). */
  static String unquoteCode(String piece) {
    return org.notelint.model.PlainText.unquoteCode(piece);
  }

  /** A Markdown code span holding {@code code}, with a fence longer than any run inside. */
  static String codeSpan(String code) {
    return org.notelint.model.PlainText.codeSpan(code);
  }

  static int longestRun(String s, char c) {
    int best = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /**
   * The text a reader sees of one line of inline Markdown this class wrote: escapes and code
   * span backticks removed (what GitHub makes a heading's anchor from).
   */
  static String shownText(String markdown) {
    return markdown.replaceAll("\\\\(.)|`+", "$1");
  }

  /** Escapes text so Markdown shows it as written. */
  static String escape(String s) {
    return escape(s, true);
  }

  /** Escapes text that starts a line ({@code lineStart}) or continues one. */
  static String escape(String s, boolean atStart) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    boolean lineStart = atStart;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.append(c);
        lineStart = true;
        continue;
      }
      if ("\\`*_[]<>|".indexOf(c) >= 0) {
        out.append('\\');
      } else if (lineStart && !Character.isWhitespace(c)) {
        Matcher m = LINE_START_SPECIAL.matcher(s.substring(i, Math.min(s.length(), i + 12)));
        if (m.find() && m.group(1).isEmpty()) {
          String head = m.group(2);
          if (Character.isDigit(head.charAt(0))) {
            out.append(head, 0, head.length() - 1).append('\\').append(head.charAt(head.length() - 1));
            i += head.length() - 1;
            lineStart = false;
            continue;
          }
          out.append('\\');
        }
      }
      if (!Character.isWhitespace(c)) {
        lineStart = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Applies edits to plain text (code): no escaping. */
  static String apply(String v, List<Edit> edits) {
    StringBuilder out = new StringBuilder(v.length());
    int pos = 0;
    for (Edit e : edits) {
      if (e.start() < pos) {
        continue;
      }
      out.append(v, pos, e.start()).append(e.text());
      pos = e.end();
    }
    out.append(v, Math.min(pos, v.length()), v.length());
    return out.toString();
  }
}
