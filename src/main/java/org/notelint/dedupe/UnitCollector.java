package org.notelint.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.lint.python.PyToken;
import org.notelint.lint.python.PyTokenizer;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Definition;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.NoteDocument;
import org.notelint.model.Paragraph;
import org.notelint.model.PlainText;
import org.notelint.model.Quote;
import org.notelint.model.Raw;
import org.notelint.model.Section;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;
import org.notelint.util.HtmlContent;

/**
 * Cuts a note into the {@link ContentUnit}s dedupe compares. Headings, tables, raw blocks,
 * program output and units below the size limits are not compared on their own (a heading
 * repeats in every note about its topic; output repeats whenever the code does).
 */
public final class UnitCollector {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`]+",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> PYTHON = Set.of("", "python", "py", "python3", "py3",
      "python2", "py2", "ipython", "ipython3", "ipython2", "sage");
  /** A top-level line that starts a new definition. */
  private static final Pattern DEF = Pattern.compile("(?:async\\s+)?(?:def|class)\\b.*|@.*");
  /** A top-level line that continues the statement above it. */
  private static final Pattern CONTINUES =
      Pattern.compile("(?:else|elif|except|finally)\\b.*|[)\\]}].*");

  private static final Pattern TAG = Pattern.compile("<[!/?]?[A-Za-z][^>]*>|<!--.*?-->");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-z]+);");

  /**
   * A lead that presents the code after it as one side of a comparison: the wrong and the
   * right way, before and after, Python 2 and Python 3.
   */
  private static final Pattern CONTRAST = Pattern.compile("(?i)\\W*((?:don'?t|do|bad|good|"
      + "wrong|right|correct|incorrect|before|after|better|worse|instead|avoid|prefer(?:red)?|"
      + "(?:not )?recommended|old|new|python ?[23](?:\\.\\d+)?)(?: way| style| version| "
      + "example| code)?)(?: (?:do|use) (?:this|it|that))?\\W*");

  private static final Pattern TOC_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_-]*");
  /** The most words a table of contents entry has. */
  private static final int TOC_ENTRY_WORDS = 8;

  private final DedupeSettings settings;
  /** True while collecting the blocks of a section headed "Contents". */
  private boolean contents;
  private final String file;
  private final List<ContentUnit> out = new ArrayList<>();

  private UnitCollector(DedupeSettings settings, String file) {
    this.settings = settings;
    this.file = file;
  }

  /** The units of {@code doc}, in document order. */
  public static List<ContentUnit> of(NoteDocument doc, DedupeSettings settings) {
    UnitCollector c = new UnitCollector(settings, doc.path());
    c.section(doc.root(), "");
    return c.out;
  }

  private void section(Section s, String path) {
    String here = s.isRoot() ? path
        : path.isEmpty() ? s.displayTitle() : path + " > " + s.displayTitle();
    contents = s.isContents();
    blocks(s.blocks(), here);
    for (Section c : s.children()) {
      section(c, here);
    }
  }

  private void blocks(List<Block> list, String section) {
    blocks(list, section, "");
  }

  /** The blocks in order; {@code lead} is the contrast label of the first one's introducer. */
  private void blocks(List<Block> list, String section, String lead) {
    String contrast = lead;
    for (Block b : list) {
      block(b, section, contrast);
      contrast = b instanceof Paragraph p ? contrast(p.text()) : "";
    }
  }

  private static String contrast(Text t) {
    Matcher m = CONTRAST.matcher(PlainText.of(t));
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT).replace(" ", "") : "";
  }

  private void block(Block b, String section, String contrast) {
    if (b instanceof Paragraph p) {
      prose(ContentUnit.Kind.PARAGRAPH, List.of(p.text()), section);
    } else if (b instanceof ListItem li) {
      List<Text> texts = new ArrayList<>();
      texts.add(li.text());
      List<Block> rest = own(li.children(), texts);
      // A table of contents repeats headings by design: its entries are no content.
      boolean navigation = texts.size() == 1 && (linksWithinNote(li.text())
          || contents && anchorLinksOnly(li.text()));
      if (!navigation) {
        prose(ContentUnit.Kind.LIST_ITEM, texts, section);
      }
      blocks(rest, section);
    } else if (b instanceof Definition d) {
      List<Text> texts = new ArrayList<>();
      texts.add(d.term());
      List<Block> rest = own(d.children(), texts);
      prose(ContentUnit.Kind.DEFINITION, texts, section);
      blocks(rest, section, contrast(d.term()));
    } else if (b instanceof Quote q) {
      blocks(q.children(), section);
    } else if (b instanceof CodeBlock c && settings.code() && c.role() != CodeRole.OUTPUT) {
      code(c, section, contrast);
    } else if (b instanceof Raw r && r.rawKind() == Raw.Kind.HTML) {
      // What the reader sees of it: its text and the alt text of its images.
      String seen = HtmlContent.text(r.text().value()).replace('\n', ' ');
      if (!seen.isBlank()) {
        prose(ContentUnit.Kind.PARAGRAPH, seen, r.text().span(), List.of(), section);
      }
    }
  }

  /**
   * True when {@code t} (a list item's text) only links to anchors of its own note, with a
   * few words of title at most ("[Lists](#lists)"): an entry of a table of contents.
   */
  public static boolean linksWithinNote(Text t) {
    if (!anchorLinksOnly(t)) {
      return false;
    }
    Matcher w = TOC_WORD.matcher(PlainText.of(t));
    int words = 0;
    while (w.find()) {
      words++;
    }
    return words <= TOC_ENTRY_WORDS;
  }

  /** True when every link in {@code t} goes to an anchor of its own note, and it has one. */
  private static boolean anchorLinksOnly(Text t) {
    boolean any = false;
    for (Mark m : t.marks()) {
      if (m.kind() == Mark.Kind.URL) {
        if (!t.value().startsWith("#", m.start())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Moves the paragraphs of {@code children} into {@code texts}; returns the other blocks. */
  private static List<Block> own(List<Block> children, List<Text> texts) {
    List<Block> rest = new ArrayList<>();
    for (Block c : children) {
      if (c instanceof Paragraph p) {
        texts.add(p.text());
      } else {
        rest.add(c);
      }
    }
    return rest;
  }

  // ---- prose and links --------------------------------------------------------------------

  private void prose(ContentUnit.Kind kind, List<Text> texts, String section) {
    StringBuilder plain = new StringBuilder();
    SourceSpan span = null;
    for (Text t : texts) {
      if (t.isBlank()) {
        continue;
      }
      String p = withoutHtml(PlainText.of(t));
      if (!p.isEmpty()) {
        plain.append(plain.length() == 0 ? "" : " ").append(p);
      }
      span = span == null ? t.span() : span.union(t.span());
    }
    if (span != null) {
      prose(kind, plain.toString(), span, texts, section);
    }
  }

  /** A prose unit of {@code plain}; {@code texts}, when it is too short, for its links. */
  private void prose(ContentUnit.Kind kind, String plain, SourceSpan span, List<Text> texts,
      String section) {
    List<String> words = Normalizer.words(withoutUrls(plain));
    if (words.size() < settings.minWords()) {
      if (settings.links()) {
        for (Text t : texts) {
          links(t, section);
        }
      }
      return;
    }
    if (!settings.prose()) {
      return;
    }
    out.add(new ContentUnit(file, kind, span, section, plain,
        String.join(" ", words), words.size(), Normalizer.shingles(words,
            settings.proseShingle()), ""));
  }

  /**
   * Text with HTML tags and comments removed and character references decoded: notes exported
   * to HTML and Markdown with inline HTML compare on what a reader sees.
   */
  static String withoutHtml(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return s;
    }
    String t = TAG.matcher(s).replaceAll(" ");
    Matcher m = ENTITY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String r = org.notelint.util.HtmlEntities.decode(m.group(1));
      if (r == null) {
        r = m.group();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return org.notelint.util.Spaces.collapse(sb.toString()).strip();
  }

  private static String withoutUrls(String s) {
    // Every URL holds "://": without it, skip the case-insensitive search.
    return s.indexOf("://") < 0 ? s : URL.matcher(s).replaceAll(" ");
  }

  /** A block too short to be prose that holds links: each link is a unit. */
  private void links(Text t, String section) {
    Matcher m = URL.matcher(t.value());
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && ".,;:!?*_".indexOf(t.value().charAt(end - 1)) >= 0) {
        end--;
      }
      String url = t.value().substring(m.start(), end);
      String key = linkKey(url);
      out.add(new ContentUnit(file, ContentUnit.Kind.LINK, t.span(m.start(), end), section,
          PlainText.of(t), key, 1, new long[] {Normalizer.hash(key)}, ""));
    }
  }

  /**
   * A link compared as an address: scheme, {@code www.}, host case and a trailing slash do not
   * matter; the path's case, the query and the fragment do.
   */
  static String linkKey(String url) {
    String u = url.replaceFirst("(?i)^https?://", "");
    int slash = u.indexOf('/');
    String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : u.substring(slash);
    host = host.startsWith("www.") ? host.substring(4) : host;
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return host + rest;
  }

  // ---- code -------------------------------------------------------------------------------

  private void code(CodeBlock c, String section, String contrast) {
    Text t = c.code();
    boolean console = c.role() == CodeRole.CONSOLE || c.role() == CodeRole.DOCTEST;
    boolean python = PYTHON.contains(c.language().toLowerCase(Locale.ROOT)) || console;
    if (console) {
      codeUnit(t, 0, t.lineCount() - 1, section, true, contrast);
    } else if (!python) {
      codeUnit(t, 0, t.lineCount() - 1, section, false, contrast);
    } else {
      for (int[] g : groups(t)) {
        codeUnit(t, g[0], g[1], section, false, contrast);
      }
    }
  }

  /**
   * The top-level pieces of Python code: a class or function (with its decorators and the
   * comments above it) is one piece, the statements between them another.
   */
  static List<int[]> groups(Text t) {
    boolean[] continued = continuationLines(t);
    List<int[]> groups = new ArrayList<>();
    int start = -1;
    int lastCode = -1; // the group's last line that is not a comment
    int comments = -1; // the first of the comment lines since then, or -1
    boolean isDef = false;
    String lastLine = "";
    for (int i = 0; i < t.lineCount(); i++) {
      String line = t.line(i);
      if (line.isBlank()) {
        continue;
      }
      boolean top = !continued[i] && !Character.isWhitespace(line.charAt(0));
      boolean comment = line.stripLeading().startsWith("#");
      if (start < 0) {
        start = i;
      } else if (top && !comment && lastCode >= 0 && !lastLine.startsWith("@")
          && !CONTINUES.matcher(line).matches()
          && (DEF.matcher(line).matches() || isDef)) {
        groups.add(new int[] {start, lastCode});
        start = comments >= 0 ? comments : i; // the comments above a definition are its own
        lastCode = -1;
      }
      if (comment) {
        comments = comments < 0 && top ? i : comments;
        continue;
      }
      if (top && lastCode < 0) {
        isDef = DEF.matcher(line).matches();
      }
      lastCode = i;
      comments = -1;
      lastLine = line;
    }
    if (start >= 0) {
      groups.add(new int[] {start, lastCode >= 0 ? lastCode : t.lineCount() - 1});
    }
    return groups;
  }

  /** For each line: true when it starts inside brackets or inside a multi-line string. */
  private static boolean[] continuationLines(Text t) {
    boolean[] out = new boolean[t.lineCount()];
    String v = t.value();
    List<PyToken> tokens = PyTokenizer.tokenize(v);
    int depth = 0;
    int k = 0;
    for (int i = 0; i < t.lineCount(); i++) {
      int at = t.lineStart(i);
      boolean insideString = false;
      while (k < tokens.size() && tokens.get(k).start() < at) {
        PyToken tok = tokens.get(k);
        if (tok.end() > at) {
          insideString = true; // a token spanning the line break: a multi-line string
          break;
        }
        depth = Math.max(0, depth + tok.depthChange(v));
        k++;
      }
      out[i] = depth > 0 || insideString;
    }
    return out;
  }

  private void codeUnit(Text t, int from, int to, String section, boolean console,
      String contrast) {
    StringBuilder code = new StringBuilder();
    int first = -1;
    int last = -1;
    int lines = 0;
    for (int i = from; i <= to; i++) {
      String line = t.line(i);
      if (console) {
        String s = line.stripLeading();
        if (s.startsWith(">>>") || s.startsWith("...")) {
          line = s.substring(3).startsWith(" ") ? s.substring(4) : s.substring(3);
        } else {
          continue; // the session's output
        }
      }
      code.append(line).append('\n');
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        lines++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (lines < settings.minCodeLines()) {
      return;
    }
    List<String> tokens = Normalizer.code(code.toString());
    if (tokens.size() < settings.minCodeTokens()) {
      return;
    }
    SourceSpan span = t.span(t.lineStart(first), t.lineEnd(last));
    String raw = t.value().substring(t.lineStart(first), t.lineEnd(last));
    out.add(new ContentUnit(file, ContentUnit.Kind.CODE, span, section, raw,
        String.join(" ", tokens), tokens.size(), Normalizer.shingles(tokens,
            settings.codeShingle()), contrast));
  }
}
