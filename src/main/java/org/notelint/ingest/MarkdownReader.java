package org.notelint.ingest;

import static org.notelint.ingest.MarkRuns.CODE;
import static org.notelint.ingest.MarkRuns.HTML;
import static org.notelint.ingest.MarkRuns.MARKUP;
import static org.notelint.ingest.MarkRuns.PROSE;
import static org.notelint.ingest.MarkRuns.URL;
import static org.notelint.ingest.MarkRuns.fill;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.notelint.util.LinearInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.Definition;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.Paragraph;
import org.notelint.model.Quote;
import org.notelint.model.Raw;
import org.notelint.model.Table;
import org.notelint.model.Text;

/**
 * Reads Markdown (CommonMark + GFM tables, strikethrough, autolinks, footnotes, YAML front
 * matter) with flexmark-java. flexmark types stay inside this class: the result is the
 * notelint model, with every span mapped through the source {@link Text}.
 */
final class MarkdownReader {
  static final Pattern ANCHOR =
      Pattern.compile("<a\\b[^>]*?\\b(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']",
          Pattern.CASE_INSENSITIVE);

  /** Where a fence's language ends: a blank or an attribute block ({@code ```python {.x}}). */
  private static final Pattern INFO_END = Pattern.compile("[\\s{]");

  private static final Pattern BARE_URL =
      Pattern.compile("(?:https?|ftp)://[^\\s<>`\"')\\]]*[^\\s<>`\"')\\].,;:!?*_]|www\\.[\\w-]+\\.[^\\s<>`\"')\\]]*[\\w/]");

  /**
   * Parsers by the extensions a text can use (bit 0 tables, 1 footnotes, 2 strikethrough, 3
   * front matter): an extension costs parse time on every paragraph or line even when the text
   * has nothing it reads, and each needs a character sequence ({@link #extensionsFor}) to fire.
   */
  private static final Parser[] PARSERS = new Parser[16];

  /** {@code text} parsed with the extensions it can use. */
  private static Node parse(String text) {
    return parserWith(extensionsFor(text)).parse(text);
  }

  /** The parser with the extensions {@code key} names (bits as in {@link #PARSERS}). */
  static Parser parserWith(int key) {
    synchronized (PARSERS) {
      if (PARSERS[key] == null) {
        List<com.vladsch.flexmark.util.misc.Extension> ext = new ArrayList<>();
        if ((key & 1) != 0) {
          ext.add(TablesExtension.create());
        }
        if ((key & 4) != 0) {
          ext.add(StrikethroughExtension.create());
        }
        if ((key & 2) != 0) {
          ext.add(FootnoteExtension.create());
        }
        if ((key & 8) != 0) {
          ext.add(YamlFrontMatterExtension.create());
        }
        // No AutolinkExtension: it doubles parse time, and bare URLs only matter to notelint
        // as URL marks, which inline() adds itself with BARE_URL.
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, ext);
        PARSERS[key] = LinearInlineParser.install(Parser.builder(options)).build();
      }
      return PARSERS[key];
    }
  }

  /**
   * Which extensions can find anything in {@code text}: a table needs a {@code |}, a footnote
   * {@code [^}, strikethrough {@code ~~}, front matter a {@code ---} line.
   */
  static int extensionsFor(String text) {
    return (text.indexOf('|') >= 0 ? 1 : 0) | (text.contains("[^") ? 2 : 0)
        | (text.contains("~~") ? 4 : 0) | (text.contains("---") ? 8 : 0);
  }

  private final Text source;

  private MarkdownReader(Text source) {
    this.source = source;
  }

  /** Reads {@code source} into {@code outline}. */
  static void read(Text source, Outline outline) {
    read(source, outline, List.of());
  }

  /**
   * Reads {@code source} into {@code outline}, placing {@code extras} (blocks another reader
   * found, such as notebook cells in masked-out lines) at their place in line order.
   */
  static void read(Text source, Outline outline, List<Block> extras) {
    new MarkdownReader(source).walk(parse(source.value()), outline, extras);
  }

  /** Reads {@code source} as a list of blocks, headings turned into paragraphs. */
  static List<Block> readBlocks(Text source) {
    MarkdownReader r = new MarkdownReader(source);
    List<Block> out = new ArrayList<>();
    for (Node n = parse(source.value()).getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        Text t = r.inline(h, h.getText().getStartOffset(), h.getText().getEndOffset());
        out.add(new Paragraph(r.span(h), t));
      } else {
        r.addBlock(n, 0, out::add);
      }
    }
    return out;
  }

  private void walk(Node document, Outline outline, List<Block> extras) {
    int next = 0;
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (isBlank(n.getStartOffset(), n.getEndOffset())) {
        continue;
      }
      int line = source.position(Math.min(n.getStartOffset(), source.length())).line();
      while (next < extras.size() && extras.get(next).span().startLine() < line) {
        outline.block(extras.get(next++));
      }
      if (n instanceof Heading h) {
        BasedSequence text = h.getText();
        int start = text.isNull() ? h.getEndOffset() : text.getStartOffset();
        int end = text.isNull() ? h.getEndOffset() : text.getEndOffset();
        if (end < start) {
          end = start;
        }
        Text title = inline(h, Math.min(start, source.length()), Math.min(end, source.length()));
        outline.heading(title, h.getLevel(), span(h), anchorsIn(h));
      } else {
        if (n instanceof HtmlBlock || n instanceof HtmlCommentBlock) {
          Matcher m = ANCHOR.matcher(n.getChars());
          while (m.find()) {
            outline.anchor(m.group(1));
          }
        }
        addBlock(n, 0, outline::block);
      }
    }
    while (next < extras.size()) {
      outline.block(extras.get(next++));
    }
  }

  private List<String> anchorsIn(Node node) {
    List<String> ids = new ArrayList<>();
    for (Node d : node.getDescendants()) {
      if (d instanceof HtmlInline) {
        Matcher m = ANCHOR.matcher(d.getChars());
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }

  private interface Sink {
    void add(Block b);
  }

  private org.notelint.model.SourceSpan span(Node n) {
    int s = Math.min(n.getStartOffset(), source.length());
    int e = Math.min(n.getEndOffset(), source.length());
    while (e > s && source.value().charAt(e - 1) == '\n') {
      e--;
    }
    return source.span(s, e);
  }

  private void addBlock(Node n, int depth, Sink sink) {
    if (n instanceof com.vladsch.flexmark.ast.Paragraph p) {
      sink.add(new Paragraph(span(p), inline(p, p.getStartOffset(), p.getEndOffset())));
    } else if (n instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof com.vladsch.flexmark.ast.ListItem li) {
          sink.add(listItem(li, depth));
        }
      }
    } else if (n instanceof FencedCodeBlock f) {
      sink.add(fenced(f));
    } else if (n instanceof IndentedCodeBlock ic) {
      Text code = codeText(ic, 0);
      sink.add(CodeBlock.of(span(ic), code, "", CodeRoles.detect("", code.value())));
    } else if (n instanceof BlockQuote q) {
      List<Block> kids = new ArrayList<>();
      for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
        addBlock(c, depth, kids::add);
      }
      sink.add(new Quote(span(q), kids));
    } else if (n instanceof TableBlock t) {
      sink.add(table(t));
    } else if (n instanceof HtmlCommentBlock c) {
      sink.add(new Raw(span(c), slice(c.getStartOffset(), c.getEndOffset()), Raw.Kind.COMMENT));
    } else if (n instanceof HtmlBlock h) {
      sink.add(new Raw(span(h), slice(h.getStartOffset(), h.getEndOffset()), Raw.Kind.HTML));
    } else if (n instanceof YamlFrontMatterBlock y) {
      sink.add(new Raw(span(y), slice(y.getStartOffset(), y.getEndOffset()), Raw.Kind.METADATA));
    } else if (n instanceof ThematicBreak t) {
      sink.add(new Raw(span(t), slice(t.getStartOffset(), t.getEndOffset()), Raw.Kind.RULE));
    } else if (n instanceof Reference r) {
      sink.add(new LinkDefinition(span(r), r.getReference().toString(), r.getUrl().toString(),
          slice(r.getStartOffset(), r.getEndOffset())));
    } else if (n instanceof FootnoteBlock fb) {
      List<Block> kids = new ArrayList<>();
      for (Node c = fb.getFirstChild(); c != null; c = c.getNext()) {
        addBlock(c, depth, kids::add);
      }
      Text label = slice(fb.getStartOffset(), fb.getText().getStartOffset());
      sink.add(new Definition(span(fb), label.withMarks(
          List.of(new Mark(0, label.length(), Mark.Kind.MARKUP))), kids));
    } else if (n instanceof Heading h) {
      Text t = inline(h, h.getText().getStartOffset(), h.getText().getEndOffset());
      sink.add(new Paragraph(span(h), t));
    } else if (n.getTextLength() > 0 && !n.getChars().isBlank()) {
      // Anything else flexmark knows (e.g. a block an extension adds): keep it, as raw.
      sink.add(new Raw(span(n), slice(n.getStartOffset(), n.getEndOffset()), Raw.Kind.HTML));
    }
  }

  private ListItem listItem(com.vladsch.flexmark.ast.ListItem li, int depth) {
    String marker = li.getOpeningMarker().toString();
    Node first = li.getFirstChild();
    Text text;
    List<Block> kids = new ArrayList<>();
    Node rest = first;
    if (first instanceof com.vladsch.flexmark.ast.Paragraph p) {
      text = inline(p, p.getStartOffset(), p.getEndOffset());
      rest = first.getNext();
    } else {
      int at = Math.min(li.getOpeningMarker().getEndOffset(), source.length());
      text = source.slice(at, at);
    }
    for (Node c = rest; c != null; c = c.getNext()) {
      addBlock(c, depth + 1, kids::add);
    }
    return new ListItem(span(li), marker, depth, text, kids);
  }

  private CodeBlock fenced(FencedCodeBlock f) {
    String info = f.getInfo().toString().strip();
    String lang = info.isEmpty() ? "" : INFO_END.split(info, 2)[0].replace("{", "");
    int fenceIndent = f.getOpeningMarker().getStartOffset() - lineStartOf(f.getStartOffset());
    Text code = codeText(f, fenceIndent);
    return CodeBlock.of(span(f), code, lang, CodeRoles.detect(lang, code.value()));
  }

  private int lineStartOf(int offset) {
    return source.value().lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  /**
   * The code of a fenced or indented block, read from its content lines' offsets (flexmark's
   * joined content sequence would copy every line only for its two ends).
   */
  private Text codeText(ContentNode block, int dedent) {
    int count = block.getLineCount();
    int length = 0;
    for (int i = 0; i < count; i++) {
      length += block.getLineChars(i).length();
    }
    if (length == 0) {
      int at = Math.min(count == 0 ? 0 : block.getLineChars(0).getStartOffset(), source.length());
      return source.slice(at, at);
    }
    int s = block.getLineChars(0).getStartOffset();
    int e = Math.min(block.getLineChars(count - 1).getEndOffset(), source.length());
    while (e > s && source.value().charAt(e - 1) == '\n') {
      e--;
    }
    // Indented code and fenced code inside list items carry the container's indentation.
    int lineStart = lineStartOf(s);
    Text t = source.slice(lineStart, e);
    int cut = s - lineStart;
    return Texts.dedent(t, Math.max(dedent, cut));
  }

  private Table table(TableBlock t) {
    List<List<Text>> rows = new ArrayList<>();
    for (Node d : t.getDescendants()) {
      // The delimiter row (|---|:---:|) is markup, not a row of the table.
      if (d instanceof TableRow row && !(row.getParent() instanceof TableSeparator)) {
        List<Text> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            BasedSequence txt = cell.getText();
            cells.add(inline(cell, txt.getStartOffset(), txt.getEndOffset()));
          }
        }
        rows.add(cells);
      }
    }
    return new Table(span(t), rows);
  }

  private Text slice(int start, int end) {
    int s = Math.min(start, source.length());
    int e = Math.min(end, source.length());
    while (e > s && source.value().charAt(e - 1) == '\n') {
      e--;
    }
    return source.slice(s, e);
  }

  /**
   * The text of {@code [start, end)} with marks: everything starts as markup, the ranges of
   * text nodes become prose, code spans become CODE, link targets URL, inline HTML HTML.
   */
  private Text inline(Node container, int start, int end) {
    int s = Math.min(start, source.length());
    int e = Math.min(end, source.length());
    while (e > s && source.value().charAt(e - 1) == '\n') {
      e--;
    }
    if (e <= s) {
      return source.slice(s, s);
    }
    byte[] kind = new byte[e - s];
    java.util.Arrays.fill(kind, MARKUP);
    // Prose first, then the ranges that override it; one walk, two passes over a small list.
    List<Node> nodes = new ArrayList<>();
    descendants(container, nodes);
    for (Node d : nodes) {
      if (d instanceof com.vladsch.flexmark.ast.Text || d instanceof SoftLineBreak
          || d instanceof com.vladsch.flexmark.ast.HtmlEntity) {
        fill(kind, s, d.getStartOffset(), d.getEndOffset(), PROSE);
      }
    }
    for (Node d : nodes) {
      if (d instanceof Code) {
        fill(kind, s, d.getStartOffset(), d.getEndOffset(), CODE);
      } else if (d instanceof Link link) {
        fill(kind, s, link.getUrl().getStartOffset(), link.getUrl().getEndOffset(), URL);
      } else if (d instanceof Image img) {
        fill(kind, s, img.getUrl().getStartOffset(), img.getUrl().getEndOffset(), URL);
      } else if (d instanceof AutoLink || d instanceof MailLink) {
        fill(kind, s, d.getStartOffset(), d.getEndOffset(), URL);
      } else if (d instanceof HtmlInline || d instanceof HtmlInlineComment) {
        fill(kind, s, d.getStartOffset(), d.getEndOffset(), HTML);
      }
    }
    // Bare URLs in prose (what GFM autolinks) are URL ranges.
    String v = source.value();
    if (mayHoldUrl(v, s, e)) {
      MatchStarts url = new MatchStarts(BARE_URL, v, s, e, i -> urlCanStart(v, i));
      while (url.find()) {
        if (kind[url.start() - s] == PROSE) {
          fill(kind, s, url.start(), url.end(), URL);
        }
      }
    }
    // Backslash escapes (\_) are markup, and so are line prefixes kept inside containers.
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c == '\n') {
        kind[i - s] = PROSE;
      } else if (c == '\\' && i + 1 < e && isAsciiPunct(v.charAt(i + 1)) && kind[i - s] == PROSE) {
        kind[i - s] = MARKUP;
      }
    }
    return source.slice(s, e).withMarks(MarkRuns.toMarks(kind));
  }

  /**
   * Appends the nodes under {@code n} in document order (what flexmark's
   * {@code getDescendants()} yields, without its iterator stack).
   */
  private static void descendants(Node n, List<Node> out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      out.add(c);
      descendants(c, out);
    }
  }

  /** True when a {@link #BARE_URL} match can begin at {@code i}. */
  private static boolean urlCanStart(String v, int i) {
    char c = v.charAt(i);
    return c == 'h' && v.startsWith("http", i) || c == 'f' && v.startsWith("ftp://", i)
        || c == 'w' && v.startsWith("www.", i);
  }

  /** True when {@code "://"} or {@code "www."} occurs inside {@code v[from, to)}. */
  private static boolean mayHoldUrl(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if ((c == ':' && i + 3 <= to && v.startsWith("://", i))
          || (c == 'w' && i + 4 <= to && v.startsWith("www.", i))) {
        return true;
      }
    }
    return false;
  }

  private boolean isBlank(int start, int end) {
    String v = source.value();
    for (int i = Math.max(0, start); i < Math.min(end, v.length()); i++) {
      if (!Character.isWhitespace(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiPunct(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }


}
