package org.notelint.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notelint.model.Block;
import org.notelint.model.CodeBlock;
import org.notelint.model.CodeRole;
import org.notelint.model.Definition;
import org.notelint.model.LinkDefinition;
import org.notelint.model.ListItem;
import org.notelint.model.Mark;
import org.notelint.model.Paragraph;
import org.notelint.model.Quote;
import org.notelint.model.Raw;
import org.notelint.model.SourceSpan;
import org.notelint.model.Text;

/**
 * A line- and indentation-based block reader for the formats that are not Markdown:
 * reStructuredText (the part notes use), banner plain text ({@code =====} titles, indented
 * code), org-mode (headlines and blocks) and unknown plain text. One parser with a
 * {@link Dialect}, because the four share paragraphs, lists, definitions (a term followed
 * directly by an indented body) and indented blocks; they differ in titles and markup.
 */
final class IndentReader {
  /** The flavour of text being read. */
  enum Dialect { RST, BANNER, ORG, PLAIN }

  private static final Pattern BULLET = Pattern.compile("^([-*+•])(\\s+)(?=\\S)");
  private static final Pattern ENUMERATED =
      Pattern.compile("^(\\d{1,3}[.)]|#\\.|\\(\\d{1,3}\\)|[a-zA-Z][.)]|\\([a-z]\\))(\\s+)(?=\\S)");
  private static final Pattern ADORNMENT =
      Pattern.compile("^([=\\-`:'\"~^_*+#<>.])\\1{2,}\\s*$");
  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*?)\\s*#*\\s*$");
  private static final Pattern ORG_HEADING = Pattern.compile("^(\\*+)\\s+(.*)$");
  private static final Pattern FIELD = Pattern.compile("^:([\\w -]+):(\\s.*)?$");
  private static final Pattern EXPLICIT = Pattern.compile("^\\.\\.(\\s|$)");
  private static final Pattern FOOTNOTE = Pattern.compile("^\\.\\.\\s+\\[([^\\]]+)\\]\\s*(.*)$");
  private static final Pattern TARGET = Pattern.compile("^\\.\\.\\s+_([^:]+|`[^`]+`):\\s*(.*)$");
  private static final Pattern SUBSTITUTION =
      Pattern.compile("^\\.\\.\\s+\\|([^|]+)\\|\\s+([\\w:-]+)::\\s*(.*)$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\.\\.\\s+([\\w:-]+)::\\s*(.*)$");
  private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w+.-]*)");
  private static final Pattern ORG_BEGIN =
      Pattern.compile("^#\\+begin_(\\w+)\\s*(\\S*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORG_KEYWORD = Pattern.compile("^#\\+\\w+:", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s<>`'\")\\]]+[^\\s<>`'\")\\].,;:!?]");
  private static final Set<String> CODE_DIRECTIVES =
      Set.of("code-block", "code", "sourcecode", "literalinclude", "doctest", "testcode",
          "testoutput", "ipython", "jupyter-execute", "productionlist", "highlight");
  /** A directive option: ":name:" alone or followed by a blank and its value. */
  private static final Pattern OPTION = Pattern.compile(":[\\w-]+:(?:\\s.*)?");
  /** Sphinx object descriptions: a signature, then what it does (".. method:: list.pop()"). */
  private static final Set<String> DESCRIPTIONS = Set.of("function", "method", "class",
      "attribute", "data", "exception", "decorator", "staticmethod", "classmethod",
      "property", "describe", "object");
  private static final Set<String> ADMONITIONS = Set.of("note", "warning", "tip", "important",
      "seealso", "hint", "attention", "caution", "danger", "error", "admonition",
      "versionadded", "versionchanged", "deprecated", "topic", "sidebar", "rubric", "epigraph",
      "impl-detail");

  private final Dialect dialect;
  private final Map<String, Integer> rstLevels = new HashMap<>();

  IndentReader(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Reads a whole document: titles open sections. */
  void read(Text text, Outline outline) {
    parseInto(text, new ArrayList<>(), outline, true);
  }

  /** Reads nested content (a definition body, a list item): titles become paragraphs. */
  List<Block> blocks(Text text) {
    List<Block> out = new ArrayList<>();
    parseInto(text, out, null, false);
    return out;
  }

  /**
   * The main loop. With an {@code outline}, headings open sections and blocks go to the
   * outline; without, everything goes to {@code out}.
   */
  private void parseInto(Text text, List<Block> out, Outline outline, boolean top) {
    int n = text.lineCount();
    int i = 0;
    boolean literalNext = false;
    while (i < n) {
      String line = text.line(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      int indent = Texts.indentOf(line);
      if (indent > 0) {
        int j = indentedEnd(text, i, 1);
        Text block = Texts.trimTrailingBlankLines(lines(text, i, j));
        int min = minIndent(block);
        Text body = Texts.dedent(block, min);
        if (literalNext || (dialect != Dialect.RST && looksLikeCode(body))) {
          emit(out, outline, code(body, ""));
        } else {
          emit(out, outline, new Quote(block.span(), blocks(body)));
        }
        literalNext = false;
        i = j;
        continue;
      }
      literalNext = false;

      // Fenced code (people paste Markdown fences everywhere). Before titles: a fence line
      // is a run of backticks, which would also pass for a title's over- or underline.
      Matcher fence = FENCE.matcher(line);
      if (fence.find()) {
        i = fenced(text, i, fence.group(1), fence.group(2), out, outline);
        continue;
      }

      // Titles.
      if (outline != null && top) {
        int consumed = title(text, i, outline);
        if (consumed > 0) {
          i += consumed;
          continue;
        }
      } else {
        int consumed = titleAsParagraph(text, i, out, outline);
        if (consumed > 0) {
          i += consumed;
          continue;
        }
      }

      if (dialect == Dialect.ORG) {
        int next = orgBlock(text, i, out, outline);
        if (next > i) {
          i = next;
          continue;
        }
      }
      if (dialect == Dialect.RST || dialect == Dialect.PLAIN) {
        if (EXPLICIT.matcher(line).find() && dialect == Dialect.RST) {
          i = explicit(text, i, out, outline);
          continue;
        }
      }
      if (dialect == Dialect.RST && FIELD.matcher(line).matches()) {
        int j = i;
        while (j < n && (FIELD.matcher(text.line(j)).matches()
            || (j > i && !text.line(j).isBlank() && Texts.indentOf(text.line(j)) > 0))) {
          j++;
        }
        Text t = lines(text, i, j);
        emit(out, outline, new Raw(t.span(), t, Raw.Kind.METADATA));
        i = j;
        continue;
      }
      if (line.strip().startsWith(">>>")) {
        int j = i;
        while (j < n && !text.line(j).isBlank()) {
          j++;
        }
        Text t = lines(text, i, j);
        emit(out, outline, CodeBlock.of(t.span(), t, "python", CodeRole.DOCTEST));
        i = j;
        continue;
      }
      if (ADORNMENT.matcher(line).matches() && line.strip().length() >= 4) {
        Text t = lines(text, i, i + 1);
        emit(out, outline, new Raw(t.span(), t, Raw.Kind.RULE));
        i++;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      Matcher enumerated = ENUMERATED.matcher(line);
      boolean isBullet = bullet.find() && !(dialect == Dialect.ORG && outline != null && top
          && line.startsWith("*"));
      if (isBullet || (dialect != Dialect.PLAIN && enumerated.find())) {
        Matcher m = isBullet ? bullet : enumerated;
        i = listItem(text, i, m.group(1), m.end(), out, outline, 0);
        continue;
      }

      // A paragraph; its last line becomes a definition term when an indented body follows.
      int j = i + 1;
      while (j < n) {
        String next = text.line(j);
        if (next.isBlank() || startsConstruct(text, j)) {
          break;
        }
        if (Texts.indentOf(next) > 0) {
          break;
        }
        j++;
      }
      boolean bodyFollows = j < n && !text.line(j).isBlank() && Texts.indentOf(text.line(j)) > 0;
      int paraEnd = bodyFollows ? j - 1 : j;
      if (paraEnd > i) {
        Text p = lines(text, i, paraEnd);
        boolean literal = dialect == Dialect.RST && p.value().stripTrailing().endsWith("::");
        if (literal && p.value().strip().equals("::")) {
          // A lone "::" only announces the literal block; it is markup, not prose.
          emit(out, outline, new Raw(p.span(), p, Raw.Kind.DIRECTIVE));
        } else {
          Text para = inline(p);
          if (literal) {
            para = para.withMarks(List.of(literalMarker(p.value())));
          }
          emit(out, outline, new Paragraph(p.span(), para));
        }
        literalNext = !bodyFollows && literal;
      }
      if (bodyFollows) {
        int termLine = j - 1;
        int k = indentedEnd(text, j, 1);
        Text term = inline(lines(text, termLine, termLine + 1));
        Text block = Texts.trimTrailingBlankLines(lines(text, j, k));
        Text body = Texts.dedent(block, minIndent(block));
        boolean literal = term.value().stripTrailing().endsWith("::");
        List<Block> kids;
        if (literal || (dialect != Dialect.RST && looksLikeCode(body))) {
          kids = List.of(code(body, ""));
        } else {
          kids = blocks(body);
        }
        SourceSpan span = term.span().union(block.span());
        emit(out, outline, new Definition(span, term, kids));
        i = k;
      } else {
        i = j;
      }
    }
  }

  private static void emit(List<Block> out, Outline outline, Block b) {
    if (outline != null) {
      outline.block(b);
    } else {
      out.add(b);
    }
  }

  private boolean looksLikeCode(Text body) {
    List<String> ls = new ArrayList<>();
    for (int k = 0; k < body.lineCount(); k++) {
      ls.add(body.line(k));
    }
    return Pythonish.blockLooksLikeCode(ls);
  }

  private static CodeBlock code(Text body, String lang) {
    return CodeBlock.of(body.span(), body, lang, CodeRoles.detect(lang, body.value()));
  }

  /** True when line {@code j} starts a list, a title or explicit markup. */
  private boolean startsConstruct(Text text, int j) {
    String l = text.line(j);
    if (BULLET.matcher(l).find() || (dialect == Dialect.RST && EXPLICIT.matcher(l).find())) {
      return true;
    }
    if (l.strip().startsWith(">>>") || FENCE.matcher(l).find()) {
      return true;
    }
    if (dialect == Dialect.BANNER && MD_HEADING.matcher(l).matches()) {
      return true;
    }
    if (dialect == Dialect.ORG && (ORG_BEGIN.matcher(l).find() || ORG_KEYWORD.matcher(l).find())) {
      return true;
    }
    // A title underline two lines on: this line is the title.
    return j + 1 < text.lineCount() && ADORNMENT.matcher(text.line(j + 1)).matches()
        && !ADORNMENT.matcher(l).matches() && isUnderlineFor(l, text.line(j + 1));
  }

  private boolean isUnderlineFor(String title, String adornment) {
    if (Texts.indentOf(title) > 0 || Texts.indentOf(adornment) > 0) {
      return false;
    }
    int len = adornment.strip().length();
    if (dialect == Dialect.RST) {
      return len >= Math.min(title.strip().length(), 4) && len >= 2;
    }
    char c = adornment.strip().charAt(0);
    return len >= 3 && (c == '=' || c == '-' || c == '~' || c == '^' || c == '*' || c == '#');
  }

  /** Recognises a title at line {@code i}; returns the lines consumed (0 if none). */
  private int title(Text text, int i, Outline outline) {
    int n = text.lineCount();
    String line = text.line(i);
    // Overline + title + underline.
    if (ADORNMENT.matcher(line).matches() && i + 2 < n && !text.line(i + 1).isBlank()
        && ADORNMENT.matcher(text.line(i + 2)).matches()
        && text.line(i + 2).strip().charAt(0) == line.strip().charAt(0)
        && !ADORNMENT.matcher(text.line(i + 1)).matches()) {
      Text t = titleText(text, i + 1);
      int level = level(line.strip().charAt(0), true);
      outline.heading(t, level, lines(text, i, i + 3).span(), List.of());
      return 3;
    }
    if (i + 1 < n && ADORNMENT.matcher(text.line(i + 1)).matches()
        && !ADORNMENT.matcher(line).matches() && isUnderlineFor(line, text.line(i + 1))) {
      Text t = titleText(text, i);
      int level = level(text.line(i + 1).strip().charAt(0), false);
      outline.heading(t, level, lines(text, i, i + 2).span(), List.of());
      return 2;
    }
    if (dialect == Dialect.BANNER || dialect == Dialect.PLAIN) {
      Matcher md = MD_HEADING.matcher(line);
      if (md.matches() && dialect == Dialect.BANNER) {
        Text t = lines(text, i, i + 1);
        int start = md.start(2);
        int end = md.end(2);
        outline.heading(t.slice(start, end), md.group(1).length(), t.span(), List.of());
        return 1;
      }
      if (dialect == Dialect.BANNER && isAllCapsTitle(text, i)) {
        outline.heading(titleText(text, i), 1, lines(text, i, i + 1).span(), List.of());
        return 1;
      }
    }
    if (dialect == Dialect.ORG) {
      Matcher org = ORG_HEADING.matcher(line);
      if (org.matches()) {
        Text t = lines(text, i, i + 1);
        outline.heading(inline(t.slice(org.start(2), org.end(2))), org.group(1).length(),
            t.span(), List.of());
        return 1;
      }
    }
    return 0;
  }

  /** In nested content a title is kept as a paragraph (its underline as a rule). */
  private int titleAsParagraph(Text text, int i, List<Block> out, Outline outline) {
    int n = text.lineCount();
    String line = text.line(i);
    if (i + 1 < n && ADORNMENT.matcher(text.line(i + 1)).matches()
        && !ADORNMENT.matcher(line).matches() && isUnderlineFor(line, text.line(i + 1))) {
      Text t = titleText(text, i);
      emit(out, outline, new Paragraph(t.span(), t));
      Text rule = lines(text, i + 1, i + 2);
      emit(out, outline, new Raw(rule.span(), rule, Raw.Kind.RULE));
      return 2;
    }
    return 0;
  }

  private boolean isAllCapsTitle(Text text, int i) {
    String s = text.line(i).strip();
    if (s.length() > 60 || s.endsWith(".") || s.endsWith(",") || s.endsWith(":")) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    boolean blankBefore = i == 0 || text.line(i - 1).isBlank();
    boolean nextOk = i + 1 >= text.lineCount() || text.line(i + 1).isBlank()
        || Texts.indentOf(text.line(i + 1)) == 0;
    return letters >= 3 && blankBefore && nextOk;
  }

  private Text titleText(Text text, int i) {
    Text t = lines(text, i, i + 1);
    String v = t.value();
    int s = 0;
    while (s < v.length() && Character.isWhitespace(v.charAt(s))) {
      s++;
    }
    int e = v.length();
    while (e > s && Character.isWhitespace(v.charAt(e - 1))) {
      e--;
    }
    return inline(t.slice(s, e));
  }

  private int level(char c, boolean overline) {
    if (dialect == Dialect.RST) {
      String key = (overline ? "o" : "u") + c;
      return rstLevels.computeIfAbsent(key, k -> Math.min(6, rstLevels.size() + 1));
    }
    if (overline || c == '=' || c == '#' || c == '*') {
      return 1;
    }
    return c == '-' ? 2 : 3;
  }

  /** The end (exclusive) of the block of lines indented at least {@code min}, blank lines included. */
  private static int indentedEnd(Text text, int i, int min) {
    int n = text.lineCount();
    int j = i;
    int lastContent = i - 1;
    while (j < n) {
      String l = text.line(j);
      if (l.isBlank()) {
        j++;
        continue;
      }
      if (Texts.indentOf(l) < min) {
        break;
      }
      lastContent = j;
      j++;
    }
    return lastContent + 1;
  }

  private static int minIndent(Text block) {
    int min = Integer.MAX_VALUE;
    for (int k = 0; k < block.lineCount(); k++) {
      String l = block.line(k);
      if (!l.isBlank()) {
        min = Math.min(min, Texts.indentOf(l));
      }
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  /** Lines {@code [from, to)} of {@code text} as a text. */
  static Text lines(Text text, int from, int to) {
    int s = text.lineStart(from);
    int e = text.lineEnd(Math.max(from, to - 1));
    return text.slice(s, e);
  }

  private int listItem(Text text, int i, String marker, int contentCol, List<Block> out,
      Outline outline, int depth) {
    int n = text.lineCount();
    int j = i + 1;
    int lastContent = i;
    while (j < n) {
      String l = text.line(j);
      if (l.isBlank()) {
        j++;
        continue;
      }
      int ind = Texts.indentOf(l);
      boolean afterBlank = text.line(j - 1).isBlank();
      if (ind >= contentCol || (ind > 0 && !afterBlank)) {
        lastContent = j;
        j++;
        continue;
      }
      break;
    }
    Text all = lines(text, i, lastContent + 1);
    Text body = Texts.dedent(all.slice(contentCol, all.length()), contentCol);
    List<Block> kids = new ArrayList<>(blocks(body));
    Text first;
    if (!kids.isEmpty() && kids.get(0) instanceof Paragraph p
        && p.span().startLine() == all.span().startLine()) {
      first = p.text();
      kids.remove(0);
    } else if (!kids.isEmpty() && kids.get(0) instanceof Definition d
        && d.span().startLine() == all.span().startLine()) {
      // "- term:\n    body" in banner text: the item's text is the term, its body the kids.
      first = d.term();
      List<Block> rest = new ArrayList<>(d.children());
      rest.addAll(kids.subList(1, kids.size()));
      kids = rest;
    } else {
      first = body.slice(0, 0);
    }
    List<Block> nested = new ArrayList<>();
    for (Block b : kids) {
      nested.add(b instanceof ListItem li ? deepen(li, depth + 1) : b);
    }
    emit(out, outline, new ListItem(all.span(), marker, depth, first, nested));
    return lastContent + 1;
  }

  private static ListItem deepen(ListItem li, int depth) {
    List<Block> kids = new ArrayList<>();
    for (Block b : li.children()) {
      kids.add(b instanceof ListItem c ? deepen(c, depth + 1) : b);
    }
    return new ListItem(li.span(), li.marker(), depth, li.text(), kids);
  }

  private int fenced(Text text, int i, String fence, String lang, List<Block> out,
      Outline outline) {
    int n = text.lineCount();
    int j = i + 1;
    while (j < n && !text.line(j).strip().startsWith(fence)) {
      j++;
    }
    Text code = j > i + 1 ? lines(text, i + 1, j) : lines(text, i, i + 1).slice(0, 0);
    SourceSpan span = lines(text, i, Math.min(j + 1, n)).span();
    emit(out, outline, CodeBlock.of(span, code, lang, CodeRoles.detect(lang, code.value())));
    return Math.min(j + 1, n);
  }

  private int orgBlock(Text text, int i, List<Block> out, Outline outline) {
    int n = text.lineCount();
    String line = text.line(i);
    Matcher begin = ORG_BEGIN.matcher(line);
    if (begin.find()) {
      String kind = begin.group(1).toLowerCase(Locale.ROOT);
      String end = "#+end_" + kind;
      int j = i + 1;
      while (j < n && !text.line(j).strip().toLowerCase(Locale.ROOT).startsWith(end)) {
        j++;
      }
      Text inner = j > i + 1 ? lines(text, i + 1, j) : lines(text, i, i + 1).slice(0, 0);
      inner = Texts.dedent(inner, minIndent(inner));
      SourceSpan span = lines(text, i, Math.min(j + 1, n)).span();
      Block b;
      if (kind.equals("src")) {
        String lang = begin.group(2);
        b = CodeBlock.of(span, inner, lang, CodeRoles.detect(lang, inner.value()));
      } else if (kind.equals("example")) {
        b = CodeBlock.of(span, inner, "", CodeRole.OUTPUT);
      } else if (kind.equals("quote") || kind.equals("verse") || kind.equals("center")) {
        b = new Quote(span, blocks(inner));
      } else {
        b = new Raw(span, lines(text, i, Math.min(j + 1, n)), Raw.Kind.DIRECTIVE);
      }
      emit(out, outline, b);
      return Math.min(j + 1, n);
    }
    if (ORG_KEYWORD.matcher(line).find() || line.strip().equals(":PROPERTIES:")) {
      int j = i + 1;
      if (line.strip().equals(":PROPERTIES:")) {
        while (j < n && !text.line(j).strip().equals(":END:")) {
          j++;
        }
        j = Math.min(j + 1, n);
      } else {
        while (j < n && ORG_KEYWORD.matcher(text.line(j)).find()) {
          j++;
        }
      }
      Text t = lines(text, i, j);
      emit(out, outline, new Raw(t.span(), t, Raw.Kind.METADATA));
      return j;
    }
    if (line.startsWith(": ") || line.equals(":")) {
      int j = i;
      while (j < n && (text.line(j).startsWith(": ") || text.line(j).equals(":"))) {
        j++;
      }
      Text t = lines(text, i, j);
      int[] cuts = new int[t.lineCount()];
      java.util.Arrays.fill(cuts, 2);
      emit(out, outline, CodeBlock.of(t.span(), Texts.stripPrefixes(t, cuts), "", CodeRole.OUTPUT));
      return j;
    }
    return i;
  }

  /** RST explicit markup: footnotes, targets, substitutions, directives, comments. */
  private int explicit(Text text, int i, List<Block> out, Outline outline) {
    int end = indentedEnd(text, i + 1, 1);
    if (end <= i + 1) {
      end = i + 1;
    }
    Text all = Texts.trimTrailingBlankLines(lines(text, i, end));
    String first = text.line(i);
    SourceSpan span = all.span();
    Matcher m;
    if ((m = FOOTNOTE.matcher(first)).matches()) {
      Text body = all.slice(Math.min(all.length(), m.start(2)), all.length());
      emit(out, outline, new LinkDefinition(span, m.group(1), firstUrl(all.value()), inline(body)));
    } else if ((m = TARGET.matcher(first)).matches()) {
      String name = m.group(1).replace("`", "");
      emit(out, outline, new LinkDefinition(span, name, m.group(2).strip(), all.withMarks(
          List.of(new Mark(0, all.length(), Mark.Kind.MARKUP)))));
    } else if ((m = SUBSTITUTION.matcher(first)).matches()) {
      emit(out, outline, new Raw(span, all, Raw.Kind.SUBSTITUTION));
    } else if ((m = DIRECTIVE.matcher(first)).matches()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String arg = m.group(2).strip();
      Text body = end > i + 1 ? Texts.trimTrailingBlankLines(lines(text, i + 1, end)) : null;
      String kind = name.startsWith("py:") ? name.substring(3) : name;
      if (CODE_DIRECTIVES.contains(name) && body != null) {
        int k = afterOptions(body);
        if (k < body.lineCount()) {
          Text codeLines = lines(body, k, body.lineCount());
          Text code = Texts.dedent(codeLines, minIndent(codeLines));
          String lang = arg.isEmpty() ? (name.equals("doctest") ? "pycon" : "") : arg.split("\\s")[0];
          emit(out, outline, new CodeBlock(span, code, lang, CodeRoles.detect(lang, code.value()),
              false, null));
        } else {
          emit(out, outline, new Raw(span, all, Raw.Kind.DIRECTIVE));
        }
      } else if (DESCRIPTIONS.contains(kind) && !arg.isEmpty()) {
        // The signature is the term (code), the description its body, as Sphinx shows them.
        Text argText = lines(text, i, i + 1);
        int at = first.indexOf(arg);
        Text term = argText.slice(at, at + arg.length())
            .withMarks(List.of(new Mark(0, arg.length(), Mark.Kind.CODE)));
        List<Block> kids = new ArrayList<>();
        int k = body == null ? 0 : afterOptions(body);
        if (body != null && k < body.lineCount()) {
          Text described = lines(body, k, body.lineCount());
          kids.addAll(blocks(Texts.dedent(described, minIndent(described))));
        }
        emit(out, outline, new Definition(span, term, kids));
      } else if (ADMONITIONS.contains(name)) {
        List<Block> kids = new ArrayList<>();
        if (!arg.isEmpty()) {
          Text argText = lines(text, i, i + 1);
          int at = first.indexOf(arg);
          kids.add(new Paragraph(argText.span(), inline(argText.slice(at, at + arg.length()))));
        }
        if (body != null) {
          kids.addAll(blocks(Texts.dedent(body, minIndent(body))));
        }
        emit(out, outline, new Quote(span, kids));
      } else {
        emit(out, outline, new Raw(span, all, Raw.Kind.DIRECTIVE));
      }
    } else {
      emit(out, outline, new Raw(span, all, Raw.Kind.COMMENT));
    }
    return end;
  }

  /**
   * The first line of a directive's body after its options (":linenos:", ":noindex:", which
   * come first) and the blank lines that follow them.
   */
  private static int afterOptions(Text body) {
    int k = 0;
    while (k < body.lineCount() && OPTION.matcher(body.line(k).strip()).matches()) {
      k++;
    }
    while (k < body.lineCount() && body.line(k).isBlank()) {
      k++;
    }
    return k;
  }

  private static String firstUrl(String s) {
    Matcher m = URL_IN_TEXT.matcher(s);
    return m.find() ? m.group() : "";
  }

  // ---- inline marks -------------------------------------------------------------------

  private static final Pattern RST_LITERAL = Pattern.compile("``[^`]+``");
  private static final Pattern RST_ROLE = Pattern.compile(":[\\w:+.-]+:`[^`]+`");
  private static final Pattern RST_LINK = Pattern.compile("`([^`<]*?)\\s*<([^>`]+)>`__?");
  /**
   * RST references: {@code `text`_}, {@code [1]_}, {@code |subst|_}, {@code name_}. The last
   * is "a word ending in _" read as a possessive word and a look-behind, which finds the same
   * words as {@code \\b\\w+_(?=\\W|$)} without backtracking through every word
   * ({@code IndentReaderPatternsTest} compares the two).
   */
  static final Pattern RST_REF = Pattern.compile("`[^`]+`__?|\\[[^\\]\\s]+\\]_|\\|[^|\\s][^|]*\\|_{0,2}|\\b\\w++(?<=\\w_)(?!\\w)");
  private static final Pattern RST_INTERPRETED = Pattern.compile("`[^`]+`");
  /**
   * True when an {@link #RST_REF} match can begin at {@code i}: at a backtick, bracket or bar,
   * or at an ASCII word character after one that is not (where {@code \\b\\w} can hold).
   */
  static boolean refCanStart(String v, int i) {
    char c = v.charAt(i);
    if (c == '`' || c == '[' || c == '|') {
      return true;
    }
    return MatchStarts.asciiWord(c) && (i == 0 || !MatchStarts.asciiWord(v.charAt(i - 1)));
  }

  /**
   * Marks the reStructuredText references of {@code v} where nothing is marked yet. What
   * docutils shows stays text: the words of {@code `Python docs`_} and of {@code FAQ_} (only
   * the backticks and underscores are markup). A footnote or substitution reference
   * ({@code [1]_}, {@code |name|}) is markup as a whole; the guide writes the link it stands
   * for. A name that starts with an underscore ({@code __init__}, {@code _private_}) is no
   * reference at all: docutils' reference names start with a letter or digit.
   */
  private static void markReferences(byte[] kind, String v) {
    MatchStarts m = new MatchStarts(RST_REF, v, i -> refCanStart(v, i));
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (!free(kind, start, end)) {
        continue;
      }
      char first = v.charAt(start);
      if (first == '`') {
        MarkRuns.fill(kind, 0, start, start + 1, MarkRuns.MARKUP);
        MarkRuns.fill(kind, 0, v.lastIndexOf('`', end - 1), end, MarkRuns.MARKUP);
      } else if (first == '[' || first == '|') {
        MarkRuns.fill(kind, 0, start, end, MarkRuns.MARKUP);
      } else if (first != '_') {
        int name = end;
        while (v.charAt(name - 1) == '_') {
          name--;
        }
        MarkRuns.fill(kind, 0, name, end, MarkRuns.MARKUP);
      }
    }
  }

  /**
   * Marks the emphasis markers of {@code v} as markup where nothing is marked yet: a run of
   * one or two '*' that can open (a non-blank after it, no letter or digit before it) paired
   * with the next run of the same length that can close (a non-blank before it, no letter or
   * digit after it), as reStructuredText and Markdown read them. An unpaired run is text, so
   * {@code x ** y}, {@code 2**8}, {@code *args} and {@code **kwargs} keep their stars.
   */
  static void markEmphasis(byte[] kind, String v) {
    int[] open = {-1, -1}; // where a run of one star, of two, waits for its closer
    for (int i = v.indexOf('*'); i >= 0; i = v.indexOf('*', i)) {
      int end = i;
      while (end < v.length() && v.charAt(end) == '*') {
        end++;
      }
      int run = end - i;
      if (run <= 2 && free(kind, i, end)) {
        char before = i == 0 ? ' ' : v.charAt(i - 1);
        char after = end == v.length() ? ' ' : v.charAt(end);
        boolean canClose = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
        boolean canOpen = !Character.isWhitespace(after) && !Character.isLetterOrDigit(before);
        int o = open[run - 1];
        if (canClose && o >= 0 && free(kind, o, o + run)) {
          MarkRuns.fill(kind, 0, o, o + run, MarkRuns.MARKUP);
          MarkRuns.fill(kind, 0, i, end, MarkRuns.MARKUP);
          open[run - 1] = -1;
        } else if (canOpen) {
          open[run - 1] = i;
        }
      }
      i = end;
    }
  }

  /** True when nothing in {@code [from, to)} is marked yet. */
  private static boolean free(byte[] kind, int from, int to) {
    for (int x = from; x < to; x++) {
      if (kind[x] != MarkRuns.PROSE) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern MD_CODE = Pattern.compile("`[^`\\n]+`");
  /**
   * A cheat-sheet line in plain text: a name, a gap, then a Python comment on it ("iter()
   * # https://...", "__code__    # reflect on functions"). The name is code.
   */
  private static final Pattern REFERENCE_COMMENT = Pattern.compile(
      "(?m)^[ \\t]*([A-Za-z_][\\w.]*(?:\\(\\))?)(?: {2,}|\\t+)# ");
  private static final Pattern ORG_CODE = Pattern.compile("(?<!\\w)[=~][^=~\\s][^=~\\n]*?[=~](?!\\w)");

  /** Adds inline marks (literals, roles, links, URLs, emphasis markers) to {@code t}. */
  Text inline(Text t) {
    String v = t.value();
    byte[] kind = new byte[v.length()];
    // Each pattern runs only when the character it starts with is present.
    boolean backtick = v.indexOf('`') >= 0;
    if (dialect == Dialect.RST) {
      if (backtick) {
        mark(kind, RST_ROLE, v, MarkRuns.CODE);
        mark(kind, RST_LITERAL, v, MarkRuns.CODE);
        // Every RST link ends in ">`_": without it there is nothing to find.
        Matcher link = RST_LINK.matcher(v.contains(">`_") ? v : "");
        while (link.find()) {
          MarkRuns.fill(kind, 0, link.start(), link.end(), MarkRuns.MARKUP);
          MarkRuns.fill(kind, 0, link.start(1), link.end(1), MarkRuns.PROSE);
          MarkRuns.fill(kind, 0, link.start(2), link.end(2), MarkRuns.URL);
        }
      }
      if (backtick || v.indexOf('_') >= 0 || v.indexOf('|') >= 0) {
        markReferences(kind, v);
      }
      if (backtick) {
        mark(kind, RST_INTERPRETED, v, MarkRuns.CODE);
      }
    } else if (dialect == Dialect.ORG) {
      if (v.indexOf('=') >= 0 || v.indexOf('~') >= 0) {
        mark(kind, ORG_CODE, v, MarkRuns.CODE);
      }
    } else if (backtick) {
      mark(kind, MD_CODE, v, MarkRuns.CODE);
    }
    if ((dialect == Dialect.BANNER || dialect == Dialect.PLAIN) && v.indexOf('#') > 0) {
      Matcher ref = REFERENCE_COMMENT.matcher(v);
      while (ref.find()) {
        MarkRuns.fill(kind, 0, ref.start(1), ref.end(1), MarkRuns.CODE);
      }
    }
    if (v.contains("://")) {
      mark(kind, URL_IN_TEXT, v, MarkRuns.URL);
    }
    if (v.indexOf('*') >= 0) {
      markEmphasis(kind, v);
    }
    return t.withMarks(MarkRuns.toMarks(kind));
  }

  private static void mark(byte[] kind, Pattern p, String v, byte k) {
    mark(kind, p, v, k, null);
  }

  /**
   * Marks the matches of {@code p} as {@code k} where nothing is marked yet; with
   * {@code canStart}, only the positions it accepts are tried ({@link MatchStarts}).
   */
  private static void mark(byte[] kind, Pattern p, String v, byte k,
      java.util.function.IntPredicate canStart) {
    MatchStarts m = new MatchStarts(p, v, canStart);
    while (m.find()) {
      if (free(kind, m.start(), m.end())) {
        MarkRuns.fill(kind, 0, m.start(), m.end(), k);
      }
    }
  }

  /**
   * The markup of a paragraph's closing "::", which announces a literal block: "text::"
   * shows as "text:" (the second colon is markup), and "text ::" as "text" (the blank and
   * both colons are), as reStructuredText renders them.
   */
  static Mark literalMarker(String paragraph) {
    String v = paragraph.stripTrailing();
    int colons = v.length() - 2;
    int from = colons + 1;
    if (colons > 0 && Character.isWhitespace(v.charAt(colons - 1))) {
      from = colons;
      while (from > 0 && Character.isWhitespace(v.charAt(from - 1))) {
        from--;
      }
    }
    return new Mark(from, v.length(), Mark.Kind.MARKUP);
  }
}
